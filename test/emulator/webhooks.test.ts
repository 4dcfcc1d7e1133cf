// Webhook CRUD and delivery to a real receiver on 127.0.0.1: envelope, signature over raw bytes, visibility
// rules, filters, ordering, raw and duplicate deliveries, auto-disable.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DeliveryRecord, type Emulator, signBody } from '../../src/emulator/index.js';
import { isLoopbackUrl } from '../../src/emulator/webhook-delivery.js';
import { verifyWebexSignature } from '../../src/transport/verify-signature.js';
import { call, type Json, Receiver, tokenOf, withEmulator } from './helpers.js';

let emu: Emulator;
let receiver: Receiver;
beforeEach(async () => {
  emu = await withEmulator();
  receiver = await Receiver.start();
});
afterEach(async () => {
  await emu.close();
  await receiver.close();
});

const person = (key: string) => emu.store.keys.people[key] ?? '';
const room = (key: string) => emu.store.keys.rooms[key] ?? '';
const sam = () => tokenOf(emu, 'sam.carter@example.com');
const cardAttachment = {
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: { type: 'AdaptiveCard', version: '1.3', body: [] },
};

async function hook(token: string, body: Record<string, unknown> = {}): Promise<Json> {
  const res = await call(emu, 'POST', '/webhooks', token, {
    name: 'test hook',
    targetUrl: receiver.url,
    resource: 'messages',
    event: 'created',
    secret: 'somesupersecretphrase',
    ...body,
  });
  expect(res.status).toBe(200);
  return res.body;
}

describe('signing', () => {
  it('passes the reference test vector', () => {
    expect(signBody('somesupersecretphrase', '{"id":"abc","resource":"attachmentActions"}')).toBe(
      '5ec975cdeb85f697aa206fbc2aaa623b35e41be3',
    );
  });
});

describe('webhook CRUD', () => {
  it('validates required fields, URL scheme, resource, event and filter keys', async () => {
    const base = { name: 'n', targetUrl: receiver.url, resource: 'messages', event: 'created' };
    for (const body of [
      { ...base, name: undefined },
      { ...base, targetUrl: 'ftp://x/y' },
      { ...base, targetUrl: 'not a url' },
      { ...base, resource: 'telepathy' },
      { ...base, event: 'exploded' },
      { ...base, filter: 'colour=blue' },
    ]) {
      expect((await call(emu, 'POST', '/webhooks', emu.botToken, body)).status, JSON.stringify(body)).toBe(
        400,
      );
    }
  });

  it('returns id, active status, created, orgId, createdBy, appId, ownedBy creator; lists only own webhooks', async () => {
    const created = await hook(emu.botToken);
    expect(created).toMatchObject({
      status: 'active',
      ownedBy: 'creator',
      createdBy: person('bot'),
      secret: 'somesupersecretphrase',
    });
    expect(created.id).toBeTypeOf('string');
    expect(created.appId).toBeTypeOf('string');
    expect(Date.parse(created.created)).not.toBeNaN();
    await hook(sam());
    expect((await call(emu, 'GET', '/webhooks', emu.botToken)).body.items.map((w: Json) => w.id)).toEqual([
      created.id,
    ]);
    expect((await call(emu, 'GET', `/webhooks/${created.id}`, sam())).status).toBe(404);
    expect((await call(emu, 'DELETE', `/webhooks/${created.id}`, sam())).status).toBe(404);
    expect((await call(emu, 'DELETE', `/webhooks/${created.id}`, emu.botToken)).status).toBe(204);
    expect((await call(emu, 'GET', `/webhooks/${created.id}`, emu.botToken)).status).toBe(404);
  });
});

describe('delivery', () => {
  it('POSTs the signed envelope; the HMAC verifies over the raw bytes; data has no text', async () => {
    const created = await hook(emu.botToken, { filter: `roomId=${room('direct-admin')}` });
    const sent = await call(emu, 'POST', '/messages', emu.adminToken, {
      roomId: room('direct-admin'),
      text: 'secret text',
    });
    await receiver.waitFor(1);
    const [delivery] = receiver.received;
    expect(delivery?.headers['content-type']).toBe('application/json');
    expect(
      verifyWebexSignature(
        delivery?.raw ?? Buffer.alloc(0),
        delivery?.headers['x-spark-signature'],
        'somesupersecretphrase',
      ),
    ).toBe(true);
    const envelope = delivery?.json;
    const example = JSON.parse(
      readFileSync(
        new URL('../../../shared/reference/examples/webhook-envelope.messages-created.json', import.meta.url),
        'utf8',
      ),
    );
    for (const key of Object.keys(example)) expect(envelope, key).toHaveProperty(key);
    expect(envelope).toMatchObject({
      id: created.id,
      name: 'test hook',
      targetUrl: receiver.url,
      resource: 'messages',
      event: 'created',
      filter: `roomId=${room('direct-admin')}`,
      createdBy: person('bot'),
      ownedBy: 'creator',
      status: 'active',
      actorId: person('admin'),
    });
    expect(envelope.data).toEqual({
      id: sent.body.id,
      roomId: room('direct-admin'),
      roomType: 'direct',
      personId: person('admin'),
      personEmail: 'admin@example.com',
      created: sent.body.created,
    });
    expect(delivery?.raw.toString()).not.toContain('secret text');
  });

  it('does not sign when the webhook has no secret', async () => {
    await hook(emu.botToken, { secret: undefined });
    await call(emu, 'POST', '/messages', emu.adminToken, { roomId: room('direct-admin'), text: 'x' });
    await receiver.waitFor(1);
    expect(receiver.received[0]?.headers).not.toHaveProperty('x-spark-signature');
  });

  it('answers the API call while the delivery is still unanswered (async)', async () => {
    await hook(emu.botToken);
    receiver.hold = true;
    const res = await call(emu, 'POST', '/messages', emu.adminToken, {
      roomId: room('direct-admin'),
      text: 'x',
    });
    expect(res.status).toBe(200);
    await receiver.waitFor(1);
    const second = await call(emu, 'POST', '/messages', emu.adminToken, {
      roomId: room('direct-admin'),
      text: 'y',
    });
    expect(second.status).toBe(200);
    // The second delivery waits for the first (order per webhook).
    expect(receiver.received).toHaveLength(1);
    receiver.release();
    await emu.deliveriesSettled();
    expect(receiver.received.map((r) => r.json.data.id)).toEqual([res.body.id, second.body.id]);
  });

  it('bots get group messages only when mentioned (and their own), direct messages always', async () => {
    await hook(emu.botToken, { resource: 'all', event: 'all' });
    await call(emu, 'POST', '/messages', sam(), { roomId: room('facilities-team'), text: 'chatter' });
    await call(emu, 'POST', '/messages', sam(), {
      roomId: room('facilities-team'),
      markdown: `<@personId:${person('bot')}|Paging Bot> paging list`,
    });
    await call(emu, 'POST', '/messages', sam(), { roomId: room('lunch-club'), text: 'not a member' });
    await call(emu, 'POST', '/messages', emu.adminToken, { roomId: room('direct-admin'), text: 'direct' });
    await call(emu, 'POST', '/messages', emu.botToken, { roomId: room('facilities-team'), text: 'bot says' });
    await emu.deliveriesSettled();
    const data = receiver.received.map((r) => r.json.data);
    expect(data.map((d) => d.personEmail)).toEqual([
      'sam.carter@example.com',
      'admin@example.com',
      'pagingbot@webex.bot',
    ]);
    expect(data[0].mentionedPeople).toEqual([person('bot')]);
    expect(data[1].roomType).toBe('direct');
  });

  it('users see every message of their rooms', async () => {
    await hook(sam());
    await call(emu, 'POST', '/messages', tokenOf(emu, 'priya.patel@example.com'), {
      roomId: room('facilities-team'),
      text: 'hi all',
    });
    await emu.deliveriesSettled();
    expect(receiver.received).toHaveLength(1);
  });

  it('honours filters: roomType, personEmail, mentionedPeople=me', async () => {
    await hook(emu.botToken, { name: 'direct only', filter: 'roomType=direct' });
    await hook(emu.botToken, { name: 'by sam', filter: 'personEmail=SAM.CARTER@example.com' });
    await hook(emu.botToken, { name: 'mentions', filter: 'mentionedPeople=me' });
    await call(emu, 'POST', '/messages', emu.adminToken, { roomId: room('direct-admin'), text: 'd' });
    await call(emu, 'POST', '/messages', sam(), {
      roomId: room('facilities-team'),
      markdown: `<@personEmail:pagingbot@webex.bot> g`,
    });
    await emu.deliveriesSettled();
    const byHook = (name: string) =>
      receiver.received.filter((r) => r.json.name === name).map((r) => r.json.data.roomType);
    expect(byHook('direct only')).toEqual(['direct']);
    expect(byHook('by sam')).toEqual(['group']);
    expect(byHook('mentions')).toEqual(['group']);
  });

  it('honours the rooms filter isLocked', async () => {
    await hook(sam(), { resource: 'rooms', name: 'locked', filter: 'isLocked=true' });
    await hook(sam(), { resource: 'rooms', name: 'unlocked', filter: 'isLocked=false' });
    const locked = await call(emu, 'POST', '/rooms', sam(), { title: 'Locked', isLocked: true });
    const open = await call(emu, 'POST', '/rooms', sam(), { title: 'Open' });
    await emu.deliveriesSettled();
    const byHook = (name: string) =>
      receiver.received.filter((r) => r.json.name === name).map((r) => r.json.data.id);
    expect(byHook('locked')).toEqual([locked.body.id]);
    expect(byHook('unlocked')).toEqual([open.body.id]);
  });

  it('delivers attachmentActions to the card author only, with no inputs; the firehose does not include them', async () => {
    const cards = await hook(emu.botToken, { resource: 'attachmentActions', name: 'cards' });
    await hook(emu.botToken, { resource: 'all', event: 'all', name: 'firehose' });
    await hook(sam(), { resource: 'attachmentActions', name: 'sam cards' });
    const card = await call(emu, 'POST', '/messages', emu.botToken, {
      roomId: room('facilities-team'),
      text: 'card',
      attachments: [cardAttachment],
    });
    await emu.deliveriesSettled();
    receiver.received.length = 0;
    const action = await call(emu, 'POST', '/attachment/actions', sam(), {
      type: 'submit',
      messageId: card.body.id,
      inputs: { secretInput: 'do-not-leak' },
    });
    await emu.deliveriesSettled();
    expect(receiver.received.map((r) => r.json.name)).toEqual(['cards']);
    const envelope = receiver.received[0]?.json;
    expect(envelope).toMatchObject({
      id: cards.id,
      resource: 'attachmentActions',
      actorId: person('sam.carter'),
    });
    expect(envelope.data).toEqual({
      id: action.body.id,
      type: 'submit',
      messageId: card.body.id,
      personId: person('sam.carter'),
      roomId: room('facilities-team'),
      created: action.body.created,
    });
    expect(receiver.received[0]?.raw.toString()).not.toContain('do-not-leak');
  });

  it('delivers memberships/created to the bot when it is added to a room', async () => {
    await hook(emu.botToken, { resource: 'all', event: 'all' });
    const ops = await call(emu, 'POST', '/rooms', sam(), { title: 'Ops' });
    await call(emu, 'POST', '/memberships', sam(), { roomId: ops.body.id, personId: person('bot') });
    await emu.deliveriesSettled();
    expect(receiver.received.map((r) => `${r.json.resource}/${r.json.event}`)).toEqual([
      'memberships/created',
    ]);
    expect(receiver.received[0]?.json.data).toMatchObject({ personId: person('bot'), roomId: ops.body.id });
    expect(receiver.received[0]?.json.actorId).toBe(person('sam.carter'));
  });

  it('delivers memberships/deleted to the member who was removed', async () => {
    await hook(emu.botToken, { resource: 'memberships', event: 'deleted' });
    const ops = await call(emu, 'POST', '/rooms', sam(), { title: 'Ops' });
    const added = await call(emu, 'POST', '/memberships', sam(), {
      roomId: ops.body.id,
      personId: person('bot'),
    });
    expect((await call(emu, 'DELETE', `/memberships/${added.body.id}`, sam())).status).toBe(204);
    await emu.deliveriesSettled();
    expect(receiver.received.map((r) => `${r.json.resource}/${r.json.event}`)).toEqual([
      'memberships/deleted',
    ]);
    expect(receiver.received[0]?.json.data).toMatchObject({ id: added.body.id, personId: person('bot') });
  });

  it('keeps per-webhook order', async () => {
    await hook(emu.botToken);
    for (let i = 0; i < 20; i++) {
      await call(emu, 'POST', '/messages', emu.adminToken, { roomId: room('direct-admin'), text: `m${i}` });
    }
    await emu.deliveriesSettled();
    const sent = await call(emu, 'GET', `/messages?roomId=${room('direct-admin')}&max=20`, emu.adminToken);
    const expected = sent.body.items.map((m: Json) => m.id).reverse();
    expect(receiver.received.map((r) => r.json.data.id)).toEqual(expected);
  });

  it('records deliveries in the request log and emits them, without query strings', async () => {
    const records: DeliveryRecord[] = [];
    emu.events.on('delivery', (r: DeliveryRecord) => records.push(r));
    await hook(emu.botToken, { targetUrl: `${receiver.url}?token=do-not-log` });
    await call(emu, 'POST', '/messages', emu.adminToken, { roomId: room('direct-admin'), text: 'x' });
    await emu.deliveriesSettled();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 200, ok: true, resource: 'messages', event: 'created' });
    const logged = emu.requests.filter((r) => r.kind === 'delivery');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ method: 'POST', path: receiver.url, status: 200 });
    expect(JSON.stringify(emu.requests)).not.toContain('do-not-log');
  });
});

describe('raw and duplicate deliveries', () => {
  it('deliverRaw signs the exact bytes given (\\u00e9 escapes, odd spacing)', async () => {
    const created = await hook(emu.botToken);
    const raw = '{ "id" : "x", "data" : { "text" : "caf\\u00e9" } }';
    const result = await emu.deliverRaw(created.id, raw);
    expect(result).toEqual({ status: 200, ok: true });
    const got = receiver.received[0];
    expect(got?.raw.toString('utf8')).toBe(raw);
    expect(got?.headers['x-spark-signature']).toBe(signBody('somesupersecretphrase', raw));
    // Re-serialising the parsed body would change the bytes (and so the signature): verify raw bytes.
    expect(JSON.stringify(got?.json)).not.toBe(raw);
  });

  it('redeliver re-sends an earlier envelope byte for byte', async () => {
    const created = await hook(emu.botToken);
    await call(emu, 'POST', '/messages', emu.adminToken, { roomId: room('direct-admin'), text: 'one' });
    await call(emu, 'POST', '/messages', emu.adminToken, { roomId: room('direct-admin'), text: 'two' });
    await emu.deliveriesSettled();
    await emu.redeliver(created.id);
    await emu.redeliver(created.id, 0);
    const bodies = receiver.received.map((r) => r.raw.toString());
    expect(bodies[2]).toBe(bodies[1]);
    expect(bodies[3]).toBe(bodies[0]);
    expect(emu.deliveryHistory(created.id)).toEqual(bodies.slice(0, 2));
    await expect(emu.redeliver(created.id, 5)).rejects.toThrow(/no delivery/);
  });
});

describe('failures', () => {
  it('records failures and disables the webhook after 100 failures within 5 minutes', async () => {
    receiver.status = 500;
    const created = await hook(emu.botToken);
    for (let i = 0; i < 99; i++) await emu.deliverRaw(created.id, '{}');
    expect((await call(emu, 'GET', `/webhooks/${created.id}`, emu.botToken)).body.status).toBe('active');
    const last = await emu.deliverRaw(created.id, '{}');
    expect(last).toMatchObject({ status: 500, ok: false });
    expect((await call(emu, 'GET', `/webhooks/${created.id}`, emu.botToken)).body.status).toBe('inactive');
    receiver.received.length = 0;
    await call(emu, 'POST', '/messages', emu.adminToken, { roomId: room('direct-admin'), text: 'lost' });
    await emu.deliveriesSettled();
    expect(receiver.received).toHaveLength(0);
    const reactivated = await call(emu, 'PUT', `/webhooks/${created.id}`, emu.botToken, {
      name: created.name,
      targetUrl: receiver.url,
      status: 'active',
    });
    expect(reactivated.body.status).toBe('active');
  });

  it('reports unreachable targets with status 0 and an error', async () => {
    const created = await hook(emu.botToken, { targetUrl: 'http://127.0.0.1:9/closed' });
    const result = await emu.deliverRaw(created.id, '{}');
    expect(result.ok).toBe(false);
    expect(result.status).toBe(0);
    expect(result.error).toBeTypeOf('string');
  });

  it('never sends to a host off this machine', async () => {
    const created = await hook(emu.botToken, { targetUrl: 'https://bot.example.com/webhook' });
    const result = await emu.deliverRaw(created.id, '{}');
    expect(result).toEqual({
      status: 0,
      ok: false,
      error: 'not sent: the emulator delivers only to loopback addresses',
    });
  });

  it.each([
    ['http://127.0.0.1:3000/x', true],
    ['http://127.10.0.1/x', true],
    ['http://localhost:3000/', true],
    ['http://[::1]:3000/', true],
    ['http://localhost.evil.example/', false],
    ['http://10.0.0.1/', false],
    ['not a url', false],
  ])('isLoopbackUrl(%s) = %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});
