// Wires the sandbox page together: who you are, your spaces, the selected space's messages, the composer,
// live events from the emulator and the fault panel. The emulator is the source of truth.
import { createApi } from './api.js';
import { h } from './dom.js';
import { createFaultPanel } from './faults.js';
import { MessageList } from './messages.js';
import { KEYS, storage } from './storage.js';
import { createThemeToggle } from './theme.js';

const $ = (id) => document.getElementById(id);
const isBotEmail = (email) => /@webex\.bot$/i.test(email ?? '');
const state = {
  api: undefined,
  users: [],
  user: undefined,
  rooms: [],
  roomId: undefined,
  unread: new Map(),
  names: new Map(),
  bots: new Map(),
  theme: undefined,
};

function report(text, isError = false) {
  const el = $('status');
  el.textContent = text;
  el.classList.toggle('error', isError);
}

const list = new MessageList($('messages'), {
  nameOf: (id, email) => state.names.get(id) ?? email ?? 'Someone',
  selfId: () => state.user?.id,
  theme: () => state.theme?.current() ?? 'light',
  submit: (messageId, inputs) => state.api.submit(state.user.token, messageId, inputs),
});

async function ensureNames(messages) {
  const unknown = [...new Set(messages.map((m) => m.personId))].filter((id) => !state.names.has(id));
  await Promise.all(
    unknown.map(async (id) => {
      try {
        const person = await state.api.person(state.user.token, id);
        state.names.set(id, person.displayName);
      } catch {
        // The email is shown instead.
      }
    }),
  );
}

// --- identity ---------------------------------------------------------------------------------------------
function renderIdentities() {
  const select = $('identity');
  select.replaceChildren(...state.users.map((u) => h('option', { value: u.id, text: identityLabel(u) })));
  select.value = state.user.id;
  showIdentity();
}

/** "Dana Whitfield (admin)", "Jamie Rivera · contractor.example": the domain only when it is not the org's own. */
function identityLabel(user) {
  const home = (state.users.find((u) => u.isAdmin) ?? state.users[0]).orgDomain;
  const domain = user.orgDomain;
  return `${user.displayName}${user.isAdmin ? ' (admin)' : ''}${domain !== home ? ` · ${domain}` : ''}`;
}

function showIdentity() {
  $('identity-hint').textContent =
    `Signed in as ${state.user.email}. Switch people to see the bot's access rules.`;
}

async function switchUser(id) {
  delete document.body.dataset.user; // set again once the new person's spaces are shown
  state.user = state.users.find((u) => u.id === id) ?? state.users[0];
  storage.set(KEYS.identity, state.user.id);
  showIdentity();
  state.unread.clear();
  await loadRooms();
  document.body.dataset.user = state.user.id;
}

// --- spaces -----------------------------------------------------------------------------------------------
async function loadRooms() {
  try {
    state.rooms = (await state.api.rooms(state.user.token)).items ?? [];
  } catch (err) {
    state.rooms = [];
    report(`Could not list your spaces: ${err.message}`, true);
  }
  const saved = storage.get(KEYS.room);
  const pick =
    state.rooms.find((r) => r.id === state.roomId) ??
    state.rooms.find((r) => r.id === saved) ??
    state.rooms.find((r) => r.type === 'direct' && r.title === 'Paging Bot') ??
    state.rooms[0];
  renderRooms();
  await selectRoom(pick?.id);
}

/** One button per space; built when the list of spaces changes. */
function renderRooms() {
  $('rooms').replaceChildren(
    ...state.rooms.map((room) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'room', 'data-room-id': room.id, onclick: () => selectRoom(room.id) },
          h('span', {
            class: `room-icon ${room.type}`,
            'aria-hidden': 'true',
            text: room.type === 'group' ? '#' : '@',
          }),
          h('span', { class: 'room-title', text: room.title }),
          h('span', {
            class: 'visually-hidden',
            text: room.type === 'group' ? ', group space' : ', direct space',
          }),
        ),
      ),
    ),
  );
  markRooms();
}

/** The open space and the unread badges, updated in place so the focused button keeps the focus. */
function markRooms() {
  for (const button of $('rooms').querySelectorAll('.room')) {
    const id = button.dataset.roomId;
    if (id === state.roomId) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
    const unread = state.unread.get(id) ?? 0;
    let badge = button.querySelector('.badge');
    if (unread === 0) {
      badge?.remove();
      continue;
    }
    badge ??= button.appendChild(h('span', { class: 'badge' }));
    badge.textContent = String(unread);
    badge.setAttribute('aria-label', `${unread} unread`);
  }
}

async function botIn(room) {
  if (room.type !== 'group') return undefined;
  if (!state.bots.has(room.id)) {
    try {
      const members = (await state.api.memberships(state.user.token, room.id)).items ?? [];
      const bot = members.find((m) => isBotEmail(m.personEmail));
      state.bots.set(room.id, bot && { id: bot.personId, name: bot.personDisplayName });
    } catch {
      return undefined;
    }
  }
  return state.bots.get(room.id);
}

async function selectRoom(roomId) {
  const room = state.rooms.find((r) => r.id === roomId);
  state.roomId = room?.id;
  $('messages').setAttribute('aria-busy', 'true');
  state.unread.delete(roomId);
  markRooms();
  $('room-title').textContent = room ? room.title : 'No spaces';
  if (!room) {
    list.clear('You are in no spaces.');
    delete $('messages').dataset.roomId;
    $('messages').setAttribute('aria-busy', 'false');
    return;
  }
  storage.set(KEYS.room, room.id);
  const bot = await botIn(room);
  if (state.roomId !== room.id) return; // another space was chosen meanwhile
  const chip = $('mention-chip');
  chip.hidden = !bot;
  if (bot) chip.textContent = `@${bot.name}`;
  $('room-subtitle').textContent =
    room.type === 'direct'
      ? 'Direct space: the bot hears every message.'
      : bot
        ? `Group space: the bot only hears messages that mention @${bot.name}.`
        : 'Group space without the bot.';
  $('composer-input').placeholder = `Write a message to ${room.title}`;
  await loadMessages();
}

async function loadMessages() {
  const roomId = state.roomId;
  const log = $('messages');
  log.setAttribute('aria-busy', 'true');
  try {
    const messages = (await state.api.messages(state.user.token, roomId)).items ?? [];
    await ensureNames(messages);
    if (roomId !== state.roomId) return;
    list.show(messages, 'No messages yet. Say hello!');
  } catch (err) {
    if (roomId !== state.roomId) return;
    list.clear(`Could not load the messages: ${err.message}`);
  }
  // Marks which space the log shows, once it is complete (tests wait on this too).
  log.dataset.roomId = roomId;
  log.setAttribute('aria-busy', 'false');
}

// --- composer ---------------------------------------------------------------------------------------------
async function send() {
  const input = $('composer-input');
  const text = input.value.trim();
  const room = state.rooms.find((r) => r.id === state.roomId);
  if (!text || !room) return;
  const bot = await botIn(room);
  const mention = bot && $('mention-chip').getAttribute('aria-pressed') === 'true';
  const markdown = mention ? `<@personId:${bot.id}|${bot.name}> ${text}` : text;
  try {
    const message = await state.api.send(state.user.token, { roomId: room.id, markdown });
    input.value = '';
    autoGrow();
    report('');
    await ensureNames([message]);
    if (message.roomId === state.roomId) list.add(message);
  } catch (err) {
    report(`Not sent: ${err.message}`, true);
  }
}

function autoGrow() {
  const input = $('composer-input');
  input.style.height = 'auto';
  input.style.height = `${Math.min(input.scrollHeight, 160)}px`;
}

function wireComposer() {
  const input = $('composer-input');
  $('composer').addEventListener('submit', (e) => {
    e.preventDefault();
    send();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      send();
    }
  });
  input.addEventListener('input', autoGrow);
  $('mention-chip').addEventListener('click', (e) => {
    const chip = e.currentTarget;
    chip.setAttribute('aria-pressed', chip.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
    input.focus();
  });
}

// --- live events ------------------------------------------------------------------------------------------
function connectEvents(faults) {
  const events = new EventSource(state.api.eventsUrl);
  let opened = false;
  let pending;
  const refreshFaultsSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(() => faults.refresh(), 300);
  };
  events.addEventListener('open', () => {
    // After a reconnect, events may have been missed: read the space again.
    if (opened && state.roomId) loadMessages();
    opened = true;
    document.body.dataset.events = 'open';
  });
  events.addEventListener('message', async (e) => {
    const message = JSON.parse(e.data);
    refreshFaultsSoon();
    if (message.roomId === state.roomId) {
      await ensureNames([message]);
      if (message.roomId === state.roomId) list.add(message);
    } else if (state.rooms.some((r) => r.id === message.roomId) && message.personId !== state.user?.id) {
      state.unread.set(message.roomId, (state.unread.get(message.roomId) ?? 0) + 1);
      markRooms();
    }
  });
  events.addEventListener('messageDeleted', (e) => list.remove(JSON.parse(e.data).id));
  events.addEventListener('delivery', refreshFaultsSoon);
}

// --- start ------------------------------------------------------------------------------------------------
async function start() {
  state.theme = createThemeToggle($('theme-toggle'), () => list.redrawCards());

  const config = await (await fetch('/sandbox/config.json')).json();
  state.api = createApi(config);
  // The emulator lists people only: the bot is not someone to be.
  state.users = await state.api.users();
  for (const u of state.users) state.names.set(u.id, u.displayName);
  const savedUser = storage.get(KEYS.identity);
  state.user =
    state.users.find((u) => u.id === savedUser) ?? state.users.find((u) => u.isAdmin) ?? state.users[0];
  renderIdentities();
  $('identity').addEventListener('change', (e) => switchUser(e.currentTarget.value));

  wireComposer();
  const faults = createFaultPanel({
    api: state.api,
    list: $('active-faults'),
    buttons: document.querySelectorAll('[data-fault]'),
    report,
  });
  faults.refresh();
  connectEvents(faults);
  await loadRooms();
  document.body.dataset.user = state.user.id;
  document.body.dataset.ready = 'true';
}

start().catch((err) => {
  report(`The sandbox could not start: ${err.message}. Is the emulator running?`, true);
});
