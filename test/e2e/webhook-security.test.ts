// The webhook endpoint as an attacker and as a flaky network see it: signatures, byte layouts, redeliveries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signWebexBody } from '../../src/transport/verify-signature.js';
import { cardText, type Harness, startHarness, WEBHOOK_SECRET } from '../helpers/bot-harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const apiCalls = () => h.emulator.requests.filter((r) => r.kind === 'api').length;

function firehose() {
  const hook = [...h.emulator.store.webhooks.values()].find(
    (w) => w.resource === 'all' && w.status === 'active',
  );
  if (!hook) throw new Error('the bot registered no firehose webhook');
  return hook;
}

async function post(body: string, signature?: string) {
  return fetch(`${h.bot.url}/webhook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(signature ? { 'X-Spark-Signature': signature } : {}) },
    body,
  });
}

describe('webhook signatures', () => {
  const body = JSON.stringify({
    id: 'x',
    name: 'n',
    resource: 'messages',
    event: 'created',
    data: { id: 'M' },
  });

  it.each([
    ['missing', undefined],
    ['wrong', signWebexBody(body, 'not-the-secret-at-all')],
    ['garbage', 'abc'],
    ['for other bytes', signWebexBody(`${body} `, WEBHOOK_SECRET)],
  ])('a %s signature → 401 and no Webex API call', async (_, signature) => {
    await h.quietly(async () => {});
    const before = apiCalls();
    const res = await post(body, signature);
    expect(res.status).toBe(401);
    await h.quietly(async () => {});
    expect(apiCalls()).toBe(before);
  });

  it('a signed body that is not JSON → 400', async () => {
    const res = await post('not json', signWebexBody('not json', WEBHOOK_SECRET));
    expect(res.status).toBe(400);
  });
});

describe('byte layouts and redeliveries', () => {
  it('a validly signed body with \\u escapes and other spacing is processed', async () => {
    const admin = h.person('admin@example.com');
    const room = h.room('direct-admin');
    const hook = firehose();
    // Create the message with the webhook paused, so the only delivery is the hand-made one below.
    hook.status = 'inactive';
    const message = await h.say(admin, room, 'paging show Lobby');
    hook.status = 'active';
    const envelope = {
      id: hook.id,
      name: hook.name,
      targetUrl: hook.targetUrl,
      resource: 'messages',
      event: 'created',
      orgId: hook.orgId,
      createdBy: hook.createdBy,
      appId: hook.appId,
      ownedBy: hook.ownedBy,
      status: 'active',
      created: hook.created,
      actorId: admin.id,
      data: {
        id: message.id,
        roomId: message.roomId,
        roomType: message.roomType,
        personId: admin.id,
        personEmail: admin.email,
        created: message.created,
      },
    };
    const raw = JSON.stringify(envelope, null, 3)
      .replace('"messages"', '"\\u006d\\u0065ssages"')
      .replace('"created"', '"cr\\u0065ated"');
    expect(raw).not.toBe(JSON.stringify(JSON.parse(raw)));
    const replies = await h.botReplies(1, () => h.emulator.deliverRaw(hook.id, raw));
    expect(cardText(replies[0] as NonNullable<(typeof replies)[0]>)).toContain('Lobby');
  });

  it('a duplicate delivery of an event → one reply', async () => {
    const admin = h.person('admin@example.com');
    const first = await h.botReplies(1, () => h.say(admin, h.room('direct-admin'), 'who can page Security'));
    expect(first).toHaveLength(1);
    const hook = firehose();
    // The last firehose delivery is the bot's own reply; redeliver the person's message instead.
    const history = h.emulator.deliveryHistory(hook.id);
    const index = history.findIndex(
      (b) => JSON.parse(b).data.personId === admin.id && b.includes(first[0]?.parentId ?? '§'),
    );
    const personIndex =
      index >= 0 ? index : history.map((b) => JSON.parse(b).data.personId).lastIndexOf(admin.id);
    const again = await h.quietly(() => h.emulator.redeliver(hook.id, personIndex));
    expect(again).toEqual([]);
    expect(h.logs.some((l) => l.msg === 'duplicate webhook delivery ignored')).toBe(true);
  });

  it('a duplicate card click → one reply', async () => {
    const admin = h.person('admin@example.com');
    const [card] = await h.botReplies(1, () => h.say(admin, h.room('direct-admin'), 'paging show Security'));
    if (!card) throw new Error('no card');
    const replies = await h.botReplies(1, () => h.click(admin, card, /refresh/i));
    expect(replies).toHaveLength(1);
    const cards = [...h.emulator.store.webhooks.values()].find((w) => w.resource === 'attachmentActions');
    if (!cards) throw new Error('no attachmentActions webhook');
    const again = await h.quietly(() => h.emulator.redeliver(cards.id));
    expect(again).toEqual([]);
  });
});
