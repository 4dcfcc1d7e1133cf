// The message list of one space: oldest first, replies indented under their parent, cards rendered, a JSON
// inspector per message. Messages are keyed by id, so a message seen twice (POST answer + event) shows once.
import { renderCard } from './cards.js';
import { h, hue, initials } from './dom.js';
import { renderMessageMarkdown } from './markdown.js';

const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

function formatTime(iso) {
  const d = new Date(iso);
  const sameDay = d.toDateString() === new Date().toDateString();
  const time = d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return sameDay ? time : `${d.toLocaleDateString([], { month: 'short', day: 'numeric' })}, ${time}`;
}

/** `card` is the message's card payload, if it has one. */
function inspector(message, card) {
  const details = h('details', { class: 'inspector' }, h('summary', { text: 'JSON' }));
  // Filled on first open: big cards would otherwise double the DOM for nothing.
  details.addEventListener('toggle', () => {
    if (!details.open || details.childElementCount > 1) return;
    if (card) details.append(h('p', { class: 'inspector-label', text: 'Card (attachment content)' }));
    if (card) details.append(h('pre', { class: 'json card-json', text: JSON.stringify(card, null, 2) }));
    details.append(h('p', { class: 'inspector-label', text: 'Message' }));
    details.append(h('pre', { class: 'json message-json', text: JSON.stringify(message, null, 2) }));
  });
  return details;
}

export class MessageList {
  /** opts: { nameOf(personId, email) → string, selfId() → string, theme() → 'light'|'dark', submit(messageId, inputs) → Promise } */
  constructor(container, opts) {
    this.container = container;
    this.opts = opts;
    this.nodes = new Map();
  }

  clear(placeholder) {
    this.nodes.clear();
    this.container.replaceChildren();
    if (placeholder) this.container.append(h('p', { class: 'empty', text: placeholder }));
  }

  /** `messages` newest first, as the API lists them. */
  show(messages, placeholder) {
    this.clear(messages.length === 0 ? placeholder : undefined);
    for (const m of [...messages].reverse()) this.add(m, { scroll: false });
    this.scrollToEnd();
  }

  add(message, { scroll = true } = {}) {
    if (this.nodes.has(message.id)) return;
    this.container.querySelector(':scope > .empty')?.remove();
    const stick = this.nearEnd();
    const node = this.render(message);
    this.nodes.set(message.id, node);
    const parent = message.parentId ? this.nodes.get(message.parentId) : undefined;
    if (parent) parent.querySelector(':scope > .replies').append(node);
    else this.container.append(node);
    if (scroll && (stick || message.personId === this.opts.selfId())) this.scrollToEnd();
  }

  remove(id) {
    this.nodes.get(id)?.remove();
    this.nodes.delete(id);
  }

  /** After a theme switch: cards take their colours from the host config, so they are drawn again. */
  redrawCards() {
    for (const node of this.nodes.values()) if (node.card) this.fillCard(node.card);
  }

  nearEnd() {
    const c = this.container;
    return c.scrollHeight - c.scrollTop - c.clientHeight < 80;
  }

  scrollToEnd() {
    this.container.scrollTop = this.container.scrollHeight;
  }

  render(message) {
    const name = this.opts.nameOf(message.personId, message.personEmail);
    const mine = message.personId === this.opts.selfId();
    const avatar = h('span', { class: 'avatar', 'aria-hidden': 'true', text: initials(name) });
    avatar.style.setProperty('--hue', String(hue(message.personId)));
    const body = h(
      'div',
      { class: 'msg-body' },
      h(
        'header',
        { class: 'msg-meta' },
        h('span', {
          class: 'sender',
          'data-person-id': message.personId,
          text: mine ? `${name} (you)` : name,
        }),
        h('time', { datetime: message.created, text: formatTime(message.created) }),
      ),
    );
    const content = message.attachments?.find((a) => a.contentType === CARD_TYPE)?.content;
    const card = content && {
      message,
      content,
      host: h('div', { class: 'card-host' }),
      status: h('p', { class: 'card-status', role: 'status' }),
    };
    if (card) {
      body.append(card.host, card.status);
      this.fillCard(card);
    } else {
      body.append(this.textOf(message));
    }
    body.append(inspector(message, content));
    const node = h(
      'article',
      {
        class: `msg${mine ? ' mine' : ''}${message.parentId ? ' reply' : ''}`,
        'data-message-id': message.id,
      },
      avatar,
      body,
      h('div', { class: 'replies' }),
    );
    node.card = card;
    return node;
  }

  textOf(message) {
    const el = h('div', { class: 'msg-text' });
    if (message.markdown) el.innerHTML = renderMessageMarkdown(message.markdown);
    else el.textContent = message.text ?? '';
    return el;
  }

  /** `card`: { message, content (the card payload), host (where it is drawn), status (what a submit did) }. */
  fillCard(card) {
    try {
      const element = renderCard(card.content, {
        theme: this.opts.theme(),
        onSubmit: (inputs) => this.submit(card, inputs),
      });
      card.host.replaceChildren(element);
    } catch (err) {
      // Webex shows the message text when a card cannot be drawn; so do we, with the reason.
      card.host.replaceChildren(
        this.textOf(card.message),
        h('p', { class: 'error', text: `Card not rendered: ${err.message}` }),
      );
    }
  }

  async submit({ message, host, status }, inputs) {
    host.dataset.state = 'sending';
    status.textContent = 'Sending…';
    try {
      await this.opts.submit(message.id, inputs);
      host.dataset.state = 'sent';
      status.textContent = 'Sent ✓';
    } catch (err) {
      host.dataset.state = 'failed';
      status.textContent = `Not sent: ${err.message}`;
    }
  }
}
