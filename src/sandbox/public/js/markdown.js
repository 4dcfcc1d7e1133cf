// Markdown like the Webex app shows it: raw HTML is escaped (html:false), links open in a new tab without an
// opener, and mentions (<@personId:ID|Name>, <@personEmail:EMAIL|Name>, <@all>) become highlighted names.

const MENTION = /<@(?:(personId|personEmail):([^|>]+)(?:\|([^>]*))?|(all))>/g;
// Private-use characters survive markdown-it untouched and cannot be typed by accident.
const SLOT = /\uE000(\d+)\uE001/g;

function createMarkdown(options) {
  const md = window.markdownit({ html: false, ...options });
  const defaultLinkOpen =
    md.renderer.rules.link_open ?? ((tokens, i, opts, _env, self) => self.renderToken(tokens, i, opts));
  md.renderer.rules.link_open = (tokens, i, opts, env, self) => {
    tokens[i].attrSet('target', '_blank');
    tokens[i].attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, i, opts, env, self);
  };
  return md;
}

let messageMd;
let cardMd;

/** Message markdown (line breaks kept, bare URLs linked) → safe HTML. */
export function renderMessageMarkdown(markdown) {
  messageMd ??= createMarkdown({ breaks: true, linkify: true });
  const names = [];
  const withSlots = markdown.replace(MENTION, (_all, _kind, value, name, all) => {
    names.push(all ? 'all' : name || value);
    return `\uE000${names.length - 1}\uE001`;
  });
  return messageMd.render(withSlots).replace(SLOT, (_m, n) => {
    const span = document.createElement('span');
    span.className = 'mention';
    span.textContent = names[Number(n)] ?? '';
    return span.outerHTML;
  });
}

/**
 * Card TextBlocks: the same defaults as the renderer's own `window.markdownit().render(text)`, so cards look as
 * the cards' tests expect, plus safe link attributes.
 */
export function renderCardMarkdown(text) {
  cardMd ??= createMarkdown({});
  return cardMd.render(text);
}
