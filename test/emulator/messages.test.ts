// Messages, rooms, memberships and attachment actions: Webex's rules as the reference states them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, type Json, tokenOf, withEmulator } from './helpers.js';

let emu: Emulator;
beforeEach(async () => {
  emu = await withEmulator();
});
afterEach(() => emu.close());

const person = (key: string) => emu.store.keys.people[key] ?? '';
const room = (key: string) => emu.store.keys.rooms[key] ?? '';
const sam = () => tokenOf(emu, 'sam.carter@example.com');
const card = { type: 'AdaptiveCard', version: '1.3', body: [{ type: 'TextBlock', text: 'Pick' }] };
const cardAttachment = { contentType: 'application/vnd.microsoft.card.adaptive', content: card };

describe('POST /messages', () => {
  it('requires exactly one destination', async () => {
    for (const body of [
      { text: 'none' },
      { text: 'two', roomId: room('direct-admin'), toPersonEmail: 'admin@example.com' },
      {
        text: 'three',
        roomId: room('direct-admin'),
        toPersonId: person('admin'),
        toPersonEmail: 'admin@example.com',
      },
    ]) {
      const res = await call(emu, 'POST', '/messages', emu.botToken, body);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(
        /^Message destination could not be determined\. Provide only one destination/,
      );
    }
  });

  it('limits text and markdown to 7439 UTF-8 bytes each', async () => {
    const to = { roomId: room('direct-admin') };
    expect(
      (await call(emu, 'POST', '/messages', emu.botToken, { ...to, text: 'a'.repeat(7439) })).status,
    ).toBe(200);
    expect(
      (await call(emu, 'POST', '/messages', emu.botToken, { ...to, text: 'a'.repeat(7440) })).status,
    ).toBe(400);
    // 2 bytes per "é": 3720 characters are 7440 bytes.
    expect(
      (await call(emu, 'POST', '/messages', emu.botToken, { ...to, markdown: 'é'.repeat(3720) })).status,
    ).toBe(400);
    expect(
      (await call(emu, 'POST', '/messages', emu.botToken, { ...to, markdown: 'é'.repeat(3719) })).status,
    ).toBe(200);
  });

  it('accepts one Adaptive Card attachment and nothing else', async () => {
    const to = { roomId: room('direct-admin'), text: 'fallback' };
    const ok = await call(emu, 'POST', '/messages', emu.botToken, { ...to, attachments: [cardAttachment] });
    expect(ok.status).toBe(200);
    expect(ok.body.attachments).toEqual([cardAttachment]);
    for (const attachments of [
      [cardAttachment, cardAttachment],
      [{ contentType: 'application/json', content: card }],
      [{ contentType: cardAttachment.contentType, content: 'not an object' }],
      [{ contentType: cardAttachment.contentType, content: [card] }],
      [{ contentType: cardAttachment.contentType, content: { body: [] } }],
      'nope',
    ]) {
      const res = await call(emu, 'POST', '/messages', emu.botToken, { ...to, attachments });
      expect(res.status, JSON.stringify(attachments)).toBe(400);
    }
  });

  it('threads replies only under a parent in the same room', async () => {
    const parent = await call(emu, 'POST', '/messages', emu.botToken, {
      roomId: room('direct-admin'),
      text: 'p',
    });
    const reply = await call(emu, 'POST', '/messages', emu.botToken, {
      roomId: room('direct-admin'),
      parentId: parent.body.id,
      text: 'r',
    });
    expect(reply.body.parentId).toBe(parent.body.id);
    const elsewhere = await call(emu, 'POST', '/messages', emu.botToken, {
      roomId: room('facilities-team'),
      parentId: parent.body.id,
      text: 'r',
    });
    expect(elsewhere.status).toBe(400);
    const missing = await call(emu, 'POST', '/messages', emu.botToken, {
      roomId: room('direct-admin'),
      parentId: 'nope',
      text: 'r',
    });
    expect(missing.status).toBe(400);
  });

  it('refuses rooms the sender is not in (403) and unknown rooms (404)', async () => {
    expect(
      (await call(emu, 'POST', '/messages', emu.botToken, { roomId: room('lunch-club'), text: 'x' })).status,
    ).toBe(403);
    expect((await call(emu, 'POST', '/messages', emu.botToken, { roomId: 'nope', text: 'x' })).status).toBe(
      404,
    );
  });

  it('opens a direct room for toPersonEmail/toPersonId and reuses it', async () => {
    const first = await call(emu, 'POST', '/messages', emu.botToken, {
      toPersonEmail: 'grace.kim@example.com',
      text: 'a',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ roomType: 'direct', toPersonEmail: 'grace.kim@example.com' });
    const second = await call(emu, 'POST', '/messages', emu.botToken, {
      toPersonId: person('grace.kim'),
      text: 'b',
    });
    expect(second.body.roomId).toBe(first.body.roomId);
    expect(second.body.toPersonId).toBe(person('grace.kim'));
    const existing = await call(emu, 'POST', '/messages', emu.botToken, {
      toPersonEmail: 'admin@example.com',
      text: 'c',
    });
    expect(existing.body.roomId).toBe(room('direct-admin'));
    const grace = tokenOf(emu, 'grace.kim@example.com');
    const seen = await call(emu, 'GET', `/rooms/${first.body.roomId}`, grace);
    expect(seen.body).toMatchObject({ type: 'direct', title: 'Paging Bot' });
    expect(
      (await call(emu, 'POST', '/messages', emu.botToken, { toPersonEmail: 'nobody@example.com', text: 'x' }))
        .status,
    ).toBe(404);
  });

  it('turns markdown mentions into names in text, spark-mentions in html and mentionedPeople', async () => {
    const bot = person('bot');
    const res = await call(emu, 'POST', '/messages', sam(), {
      roomId: room('facilities-team'),
      markdown: `<@personId:${bot}|Paging Bot> paging list`,
    });
    expect(res.body.text).toBe('Paging Bot paging list');
    expect(res.body.mentionedPeople).toEqual([bot]);
    expect(res.body.html).toContain(
      `<spark-mention data-object-type="person" data-object-id="${bot}">Paging Bot</spark-mention>`,
    );
    const byEmail = await call(emu, 'POST', '/messages', sam(), {
      roomId: room('facilities-team'),
      markdown: `hey <@personEmail:pagingbot@webex.bot> and <@personId:${person('priya.patel')}>`,
    });
    expect(byEmail.body.text).toBe('hey Paging Bot and Priya Patel');
    expect(byEmail.body.mentionedPeople).toEqual([bot, person('priya.patel')]);
  });

  it('keeps text-only messages as sent, without html or mentions', async () => {
    const res = await call(emu, 'POST', '/messages', sam(), {
      roomId: room('facilities-team'),
      text: '<@personEmail:pagingbot@webex.bot> **not markdown**',
    });
    expect(res.body.text).toBe('<@personEmail:pagingbot@webex.bot> **not markdown**');
    expect(res.body).not.toHaveProperty('html');
    expect(res.body).not.toHaveProperty('mentionedPeople');
  });

  it('escapes HTML in html and honours markdown backslash escapes', async () => {
    const res = await call(emu, 'POST', '/messages', emu.botToken, {
      roomId: room('direct-admin'),
      markdown: '\\*\\*Boss\\*\\* \\[x\\](http://e.example) <img src=x onerror=alert(1)> **bold**',
    });
    expect(res.body.text).toBe('**Boss** [x](http://e.example) <img src=x onerror=alert(1)> bold');
    expect(res.body.html).not.toContain('<img');
    expect(res.body.html).not.toContain('<a ');
    expect(res.body.html).toContain('<strong>bold</strong>');
  });
});

describe('reading and deleting messages', () => {
  it('lets only room members read a message; bots only what they may see', async () => {
    const lunch = await call(emu, 'POST', '/messages', sam(), { roomId: room('lunch-club'), text: 'pizza?' });
    expect((await call(emu, 'GET', `/messages/${lunch.body.id}`, emu.adminToken)).status).toBe(200);
    expect((await call(emu, 'GET', `/messages/${lunch.body.id}`, emu.botToken)).status).toBe(404);
    const chatter = await call(emu, 'POST', '/messages', sam(), {
      roomId: room('facilities-team'),
      text: 'no mention',
    });
    expect((await call(emu, 'GET', `/messages/${chatter.body.id}`, emu.botToken)).status).toBe(404);
    const mention = await call(emu, 'POST', '/messages', sam(), {
      roomId: room('facilities-team'),
      markdown: `<@personId:${person('bot')}> help`,
    });
    expect((await call(emu, 'GET', `/messages/${mention.body.id}`, emu.botToken)).body.text).toBe(
      'Paging Bot help',
    );
  });

  it('requires mentionedPeople=me for bots listing group rooms', async () => {
    await call(emu, 'POST', '/messages', sam(), { roomId: room('facilities-team'), text: 'no mention' });
    await call(emu, 'POST', '/messages', sam(), {
      roomId: room('facilities-team'),
      markdown: `<@personId:${person('bot')}> one`,
    });
    const refused = await call(emu, 'GET', `/messages?roomId=${room('facilities-team')}`, emu.botToken);
    expect(refused.status).toBe(403);
    const mine = await call(
      emu,
      'GET',
      `/messages?roomId=${room('facilities-team')}&mentionedPeople=me`,
      emu.botToken,
    );
    expect(mine.body.items.map((m: Json) => m.text)).toEqual(['Paging Bot one']);
    const users = await call(emu, 'GET', `/messages?roomId=${room('facilities-team')}`, sam());
    expect(users.body.items).toHaveLength(2);
    expect((await call(emu, 'GET', '/messages', sam())).status).toBe(400);
  });

  it('deletes for the author (204, event) but not for others (403)', async () => {
    const deleted: Json[] = [];
    emu.events.on('messageDeleted', (e) => deleted.push(e));
    const msg = await call(emu, 'POST', '/messages', emu.botToken, {
      roomId: room('facilities-team'),
      text: 'oops',
    });
    expect((await call(emu, 'DELETE', `/messages/${msg.body.id}`, sam())).status).toBe(403);
    expect((await call(emu, 'DELETE', `/messages/${msg.body.id}`, emu.botToken)).status).toBe(204);
    expect((await call(emu, 'GET', `/messages/${msg.body.id}`, emu.botToken)).status).toBe(404);
    expect(deleted).toEqual([{ id: msg.body.id, roomId: room('facilities-team') }]);
  });

  it('lets the author edit text/markdown up to 10 times, but not cards', async () => {
    const updates: Json[] = [];
    emu.events.on('messageUpdated', (m) => updates.push(m));
    const roomId = room('direct-admin');
    const msg = await call(emu, 'POST', '/messages', emu.botToken, { roomId, markdown: 'working…' });
    const edit = (token: string, body: Json) => call(emu, 'PUT', `/messages/${msg.body.id}`, token, body);
    const edited = await edit(emu.botToken, { roomId, markdown: '**done**' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      text: 'done',
      markdown: '**done**',
      html: '<p><strong>done</strong></p>',
    });
    expect(edited.body.updated).toBeTypeOf('string');
    expect(updates.map((m) => m.text)).toEqual(['done']);
    expect((await edit(emu.adminToken, { roomId, text: 'hijack' })).status).toBe(403);
    expect((await edit(emu.botToken, { text: 'no room' })).status).toBe(400);
    for (let i = 2; i <= 10; i++)
      expect((await edit(emu.botToken, { roomId, text: `v${i}` })).status).toBe(200);
    expect((await edit(emu.botToken, { roomId, text: 'v11' })).status).toBe(400);
    const cardMsg = await call(emu, 'POST', '/messages', emu.botToken, {
      roomId,
      text: 'c',
      attachments: [cardAttachment],
    });
    const cardEdit = await call(emu, 'PUT', `/messages/${cardMsg.body.id}`, emu.botToken, {
      roomId,
      text: 'x',
    });
    expect(cardEdit.status).toBe(400);
  });

  it('lists a 1:1 conversation with GET /messages/direct', async () => {
    await call(emu, 'POST', '/messages', emu.adminToken, {
      toPersonEmail: 'pagingbot@webex.bot',
      text: 'one',
    });
    await call(emu, 'POST', '/messages', emu.botToken, { toPersonId: person('admin'), text: 'two' });
    const byEmail = await call(emu, 'GET', '/messages/direct?personEmail=admin@example.com', emu.botToken);
    expect(byEmail.body.items.map((m: Json) => m.text)).toEqual(['two', 'one']);
    const byId = await call(emu, 'GET', `/messages/direct?personId=${person('bot')}`, emu.adminToken);
    expect(byId.body.items).toHaveLength(2);
    expect((await call(emu, 'GET', '/messages/direct', emu.botToken)).status).toBe(400);
    const none = await call(emu, 'GET', '/messages/direct?personEmail=grace.kim@example.com', emu.botToken);
    expect(none.body.items).toEqual([]);
    const unknown = await call(emu, 'GET', '/messages/direct?personEmail=nobody@example.com', emu.botToken);
    expect(unknown.status).toBe(404);
    expect((await call(emu, 'GET', '/messages/direct?personId=nope', emu.botToken)).status).toBe(404);
  });

  it("emits 'message' with the full message", async () => {
    const seen: Json[] = [];
    emu.events.on('message', (m) => seen.push(m));
    const msg = await call(emu, 'POST', '/messages', emu.botToken, {
      roomId: room('direct-admin'),
      markdown: '**x**',
    });
    expect(seen).toEqual([msg.body]);
  });
});

describe('rooms and memberships', () => {
  it('titles direct rooms with the other person, per requester', async () => {
    expect((await call(emu, 'GET', `/rooms/${room('direct-admin')}`, emu.botToken)).body.title).toBe(
      'Dana Whitfield',
    );
    expect((await call(emu, 'GET', `/rooms/${room('direct-admin')}`, emu.adminToken)).body.title).toBe(
      'Paging Bot',
    );
    expect((await call(emu, 'GET', `/rooms/${room('lunch-club')}`, emu.botToken)).status).toBe(404);
    const direct = await call(emu, 'GET', '/rooms?type=direct', emu.botToken);
    expect(direct.body.items.map((r: Json) => r.title).sort()).toEqual(['Dana Whitfield', 'Jamie Rivera']);
  });

  it('lists own memberships, a room’s memberships, and requires roomId for person filters', async () => {
    const mine = await call(emu, 'GET', '/memberships?max=1000', emu.botToken);
    expect(mine.body.items).toHaveLength(3);
    const team = await call(emu, 'GET', `/memberships?roomId=${room('facilities-team')}`, emu.botToken);
    expect(team.body.items.map((m: Json) => m.personDisplayName)).toContain('Jamie Rivera');
    const one = await call(
      emu,
      'GET',
      `/memberships?roomId=${room('facilities-team')}&personEmail=frontdesk@contractor.example`,
      emu.botToken,
    );
    expect(one.body.items).toHaveLength(1);
    expect((await call(emu, 'GET', `/memberships?personId=${person('bot')}`, emu.botToken)).status).toBe(400);
    expect((await call(emu, 'GET', '/memberships?max=1001', emu.botToken)).status).toBe(400);
  });

  it('adds members to group rooms (409 when already in), not to direct rooms', async () => {
    const created = await call(emu, 'POST', '/rooms', sam(), { title: 'Ops' });
    const add = () =>
      call(emu, 'POST', '/memberships', sam(), { roomId: created.body.id, personId: person('bot') });
    expect((await add()).status).toBe(200);
    expect((await add()).status).toBe(409);
    expect((await call(emu, 'GET', `/rooms/${created.body.id}`, emu.botToken)).body.title).toBe('Ops');
    const direct = await call(emu, 'POST', '/memberships', emu.adminToken, {
      roomId: room('direct-admin'),
      personEmail: 'sam.carter@example.com',
    });
    expect(direct.status).toBe(400);
  });
});

describe('people', () => {
  it('bots must search by email, displayName or id; admins may list', async () => {
    expect((await call(emu, 'GET', '/people', emu.botToken)).status).toBe(400);
    expect((await call(emu, 'GET', '/people', sam())).status).toBe(400);
    const byName = await call(emu, 'GET', '/people?displayName=ben', emu.botToken);
    expect(byName.body.items.map((p: Json) => p.displayName)).toEqual(['Ben Carter']);
    const admin = await call(emu, 'GET', '/people?max=5', emu.adminToken);
    expect(admin.status).toBe(200);
    expect(admin.body.items).toHaveLength(5);
  });

  it('looks people up by id across orgs (with notFoundIds), by email only inside the org', async () => {
    const frontdesk = person('frontdesk');
    const ids = await call(emu, 'GET', `/people?id=${frontdesk},${person('bot')},missing`, emu.botToken);
    expect(ids.body.items.map((p: Json) => p.emails[0])).toEqual([
      'frontdesk@contractor.example',
      'pagingbot@webex.bot',
    ]);
    expect(ids.body.notFoundIds).toEqual(['missing']);
    expect(ids.body.items[0]).not.toHaveProperty('status');
    const email = await call(emu, 'GET', '/people?email=frontdesk@contractor.example', emu.botToken);
    expect(email.body.items).toEqual([]);
    const tooMany = Array.from({ length: 86 }, (_, i) => `id${i}`).join(',');
    expect((await call(emu, 'GET', `/people?id=${tooMany}`, emu.botToken)).status).toBe(400);
    expect((await call(emu, 'GET', `/people/${frontdesk}`, emu.botToken)).body.displayName).toBe(
      'Jamie Rivera',
    );
    expect((await call(emu, 'GET', '/people/nope', emu.botToken)).status).toBe(404);
  });

  it('gives admins calling data and the location filter', async () => {
    const denver = emu.store.keys.locations.denver;
    const res = await call(emu, 'GET', `/people?locationId=${denver}&callingData=true`, emu.adminToken);
    expect(res.body.items.map((p: Json) => [p.displayName, p.extension, p.locationId])).toEqual([
      ['Chris Porter', '4001', denver],
      ['Sofia Rossi', '4002', denver],
    ]);
    expect(res.body.items[0].phoneNumbers).toEqual([{ type: 'work', value: '+13035550101', primary: true }]);
    const bot = await call(
      emu,
      'GET',
      '/people?email=chris.porter@example.com&callingData=true',
      emu.botToken,
    );
    expect(bot.body.items[0]).not.toHaveProperty('extension');
  });
});

describe('attachment actions', () => {
  async function postCard() {
    return call(emu, 'POST', '/messages', emu.botToken, {
      roomId: room('facilities-team'),
      text: 'card',
      attachments: [cardAttachment],
    });
  }

  it('creates a submission (202) readable by the clicker and the card author only', async () => {
    const cardMsg = await postCard();
    const action = await call(emu, 'POST', '/attachment/actions', sam(), {
      type: 'submit',
      messageId: cardMsg.body.id,
      inputs: { action: 'paging.show', pagingId: 'x' },
    });
    expect(action.status).toBe(202);
    expect(action.body).toMatchObject({
      type: 'submit',
      messageId: cardMsg.body.id,
      personId: person('sam.carter'),
      roomId: room('facilities-team'),
      inputs: { action: 'paging.show', pagingId: 'x' },
    });
    expect((await call(emu, 'GET', `/attachment/actions/${action.body.id}`, emu.botToken)).status).toBe(200);
    expect((await call(emu, 'GET', `/attachment/actions/${action.body.id}`, sam())).status).toBe(200);
    const priya = tokenOf(emu, 'priya.patel@example.com');
    expect((await call(emu, 'GET', `/attachment/actions/${action.body.id}`, priya)).status).toBe(404);
  });

  it('needs an existing card message (400) the clicker can see (404), type submit and object inputs', async () => {
    const cardMsg = await postCard();
    const plain = await call(emu, 'POST', '/messages', emu.botToken, {
      roomId: room('facilities-team'),
      text: 'plain',
    });
    const submit = (token: string, body: Json) => call(emu, 'POST', '/attachment/actions', token, body);
    expect((await submit(sam(), { type: 'submit', messageId: plain.body.id, inputs: {} })).status).toBe(400);
    expect((await submit(sam(), { type: 'click', messageId: cardMsg.body.id, inputs: {} })).status).toBe(400);
    expect((await submit(sam(), { type: 'submit', messageId: cardMsg.body.id, inputs: 'x' })).status).toBe(
      400,
    );
    expect((await submit(sam(), { type: 'submit', messageId: 'nope', inputs: {} })).status).toBe(400);
    const outsider = tokenOf(emu, 'grace.kim@example.com');
    expect((await submit(outsider, { type: 'submit', messageId: cardMsg.body.id, inputs: {} })).status).toBe(
      404,
    );
  });
});
