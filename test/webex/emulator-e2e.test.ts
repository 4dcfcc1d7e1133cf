// The client end to end against the project's Webex emulator on 127.0.0.1: pagination, 429/503/drop handling,
// timeouts, POST safety and the bot-token/telephony separation, all checked in the emulator's request log.
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { createAdminApi } from '../../src/webex/admin-api.js';
import { createBotApi } from '../../src/webex/bot-api.js';
import { webexFailure } from './support/local-server.js';

const PAGE_CAP = 2;
// Fast backoff; a tiny default wait so that a real Retry-After is what the elapsed time shows.
const RETRY = { baseDelayMs: 10, maxDelayMs: 40, retryAfterDefaultMs: 10 };

let emulator: Emulator;
let closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, pageCap: PAGE_CAP });
});
afterAll(async () => {
  await emulator?.close();
});
beforeEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
  emulator.faults.clear();
});

function admin(token = emulator.adminToken, timeoutMs?: number) {
  const api = createAdminApi({
    baseUrl: emulator.apiUrl,
    token,
    retry: RETRY,
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  closers.push(api.close);
  return api;
}
function bot() {
  const api = createBotApi({ baseUrl: emulator.apiUrl, token: emulator.botToken, retry: RETRY });
  closers.push(api.close);
  return api;
}

/** Log entries for one API path, from now on. */
function logFrom(path: string) {
  const from = emulator.requests.length;
  return () => emulator.requests.slice(from).filter((e) => e.kind === 'api' && e.path === `/v1${path}`);
}

describe('webex client against the emulator', () => {
  it('lists every paging group across several Link pages', async () => {
    const log = logFrom('/telephony/config/paging');
    const groups = await admin().paging.list();
    const pages = log();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.every((p) => p.status === 200)).toBe(true);
    expect(groups.length).toBeGreaterThan(PAGE_CAP * (pages.length - 1));
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
    expect(groups.every((g) => typeof g.locationId === 'string' && typeof g.name === 'string')).toBe(true);
    // The details call works with the ids the list returned.
    const first = groups[0];
    if (!first) throw new Error('no groups');
    const details = await admin().paging.get(first.locationId, first.id);
    expect(details.id).toBe(first.id);
  });

  it('waits for Retry-After (seconds) after a 429, then succeeds', async () => {
    emulator.faults.add({ path: '/people/me', status: 429, retryAfter: '1', times: 1 });
    const log = logFrom('/people/me');
    const me = await bot().people.me();
    expect(me.type).toBe('bot');
    const entries = log();
    expect(entries.map((e) => e.status)).toEqual([429, 200]);
    const [first, second] = entries.map((e) => Date.parse(e.at));
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('waits for a Retry-After HTTP date after a 429', async () => {
    const date = new Date(Date.now() + 2000).toUTCString();
    emulator.faults.add({ path: '/people/me', status: 429, retryAfter: date, times: 1 });
    const log = logFrom('/people/me');
    await bot().people.me();
    const entries = log();
    expect(entries.map((e) => e.status)).toEqual([429, 200]);
    // A few ms of slack: timers may fire a millisecond early against the wall clock.
    expect(Date.parse(entries[1]?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(date) - 5);
  });

  it('retries 503 with backoff and then surfaces WebexApiError with status and trackingId', async () => {
    emulator.faults.add({ path: '/telephony/config/paging', status: 503 });
    const log = logFrom('/telephony/config/paging');
    const err = await webexFailure(admin().paging.list());
    const entries = log();
    expect(entries.map((e) => e.status)).toEqual([503, 503, 503, 503]);
    expect(err.status).toBe(503);
    expect(err.code).toBe('HTTP_ERROR');
    expect(err.path).toBe('/telephony/config/paging');
    expect(err.trackingId).toBe(entries.at(-1)?.trackingId);
    expect(err.trackingId).toMatch(/^webex-paging-bot_/);
    expect(err.message).toContain('503');
    expect(err.message).toContain(err.trackingId);
  });

  it('never retries a POST on 5xx', async () => {
    emulator.faults.add({ method: 'POST', path: '/messages', status: 503 });
    const log = logFrom('/messages');
    const err = await webexFailure(
      bot().messages.create({ toPersonEmail: 'nobody@example.com', text: 'once' }),
    );
    expect(err.status).toBe(503);
    expect(log().filter((e) => e.method === 'POST')).toHaveLength(1);
  });

  it('retries a GET whose connection was dropped', async () => {
    emulator.faults.add({ path: '/people/me', drop: true, times: 1 });
    const log = logFrom('/people/me');
    const me = await bot().people.me();
    expect(me.id).toBeTruthy();
    expect(log().map((e) => e.status)).toEqual([0, 200]);
  });

  it('surfaces a timeout clearly', async () => {
    emulator.faults.add({ path: '/telephony/config/paging', latencyMs: 3000, times: 1 });
    const err = await webexFailure(admin(emulator.adminToken, 200).paging.list());
    expect(err.code).toBe('TIMEOUT');
    expect(err.status).toBe(0);
    expect(err.message).toMatch(/^Webex did not answer GET \/telephony\/config\/paging within 200 ms/);
  });

  it('rejects telephony with the bot token: 403 with trackingId, and the error never shows the token', async () => {
    // Built on purpose with the bot token (a plain string) to prove the server refuses it.
    const log = logFrom('/telephony/config/paging');
    const err = await webexFailure(admin(emulator.botToken).paging.list());
    expect(err.status).toBe(403);
    expect(err.code).toBe('HTTP_ERROR');
    expect(err.trackingId).toBe(log()[0]?.trackingId);
    expect(log()).toHaveLength(1); // 403 is not retried
    for (const text of [
      JSON.stringify(err),
      inspect(err, { depth: 10, showHidden: true }),
      String(err),
      err.stack,
    ]) {
      expect(text).not.toContain(emulator.botToken);
      expect(text).not.toContain(emulator.adminToken);
    }
  });
});
