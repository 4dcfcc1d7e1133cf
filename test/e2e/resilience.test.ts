// Webex misbehaving: rate limits, overload, a refused admin token, a reply that cannot be posted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Message } from '../../src/webex/types.js';
import { cardText, type Harness, type Person, startHarness, visible } from '../helpers/bot-harness.js';

let h: Harness;
let admin: Person;
let room: string;

beforeAll(async () => {
  h = await startHarness();
  admin = h.person('admin@example.com');
  room = h.room('direct-admin');
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.emulator.faults.clear();
});

async function ask(text: string): Promise<Message> {
  const [reply] = await h.botReplies(1, () => h.say(admin, room, text));
  if (!reply) throw new Error('no reply');
  return reply;
}

const pagingCalls = () =>
  h.emulator.requests.filter((r) => r.kind === 'api' && r.path.startsWith('/v1/telephony/config/'));

describe('when Webex misbehaves', () => {
  it('a 429 with Retry-After on the paging API → waits, retries, still answers', async () => {
    h.emulator.faults.add({ path: '/telephony/config/locations', status: 429, retryAfter: '1', times: 1 });
    const before = pagingCalls().length;
    const reply = await ask('who gets paged by Security');
    expect(cardText(reply)).toContain('Victor Reyes');
    const calls = pagingCalls().slice(before);
    expect(calls.map((c) => c.status)).toContain(429);
    const limited = calls.findIndex((c) => c.status === 429);
    const retried = calls[limited + 1];
    expect(retried?.status).toBe(200);
    expect(Date.parse(retried?.at ?? '') - Date.parse(calls[limited]?.at ?? '')).toBeGreaterThanOrEqual(900);
  });

  it('503 twice on the paging API → retried with backoff, still answered', async () => {
    h.emulator.faults.add({ path: '/telephony/config/locations', status: 503, times: 2 });
    const reply = await ask('who can page Lobby');
    expect(cardText(reply)).toContain('Dana Whitfield');
  });

  it('503 that does not stop → "Webex is busy" with the tracking id, no stack trace', async () => {
    h.emulator.faults.add({ path: '/telephony/config/locations', status: 503 });
    const reply = await ask('paging show Front Desk');
    const text = `${visible(reply.markdown)}\n${cardText(reply)}`;
    expect(text).toMatch(/Webex is busy/);
    expect(text).toMatch(/tracking id: webex-paging-bot_[0-9a-f-]{36}/i);
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('a reply POST that fails → logged, no crash, the next command is answered', async () => {
    h.emulator.faults.add({ method: 'POST', path: '/messages', status: 500, times: 1, tokenKind: 'bot' });
    const outcome = await h.quietly(() => h.say(admin, room, 'paging show Lobby'));
    // The card failed; the error notice after it went through.
    expect(outcome).toHaveLength(1);
    expect(visible(outcome[0]?.markdown)).toMatch(/Webex is busy/);
    expect(h.logs.some((l) => l.msg === 'handler failed')).toBe(true);
    const reply = await ask('paging show Lobby');
    expect(cardText(reply)).toContain('San Jose HQ');
  });

  it('a reply POST that keeps failing → logged twice over, still no crash', async () => {
    h.emulator.faults.add({ method: 'POST', path: '/messages', status: 500, times: 2, tokenKind: 'bot' });
    const outcome = await h.quietly(() => h.say(admin, room, 'help'));
    expect(outcome).toEqual([]);
    expect(h.logs.some((l) => l.msg === 'reply could not be sent')).toBe(true);
    const reply = await ask('help');
    expect(cardText(reply)).toContain('paging find');
  });
});
