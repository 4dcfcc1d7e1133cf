import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import type { WebexClientOptions } from '../../src/webex/client.js';
import { type Handler, json, useLocalClient, webexFailure } from './support/local-server.js';

const TOKEN = 'retry-test-token-0123456789';
// Small delays keep the suite fast; retryAfterDefaultMs is tiny so a real Retry-After wait stands out.
const FAST = { baseDelayMs: 10, maxDelayMs: 40, retryAfterDefaultMs: 10 };

const local = useLocalClient(TOKEN);

function setup(handler: Handler, retry: WebexClientOptions['retry'] = FAST) {
  return local.start(handler, { retry });
}

const rateLimited = () => ({ message: 'Too Many Requests', trackingId: 'ROUTER_429' });

describe('429 handling', () => {
  it('waits Retry-After (delta-seconds) before the second attempt', async () => {
    const { server, client } = await setup((_req, res, i) =>
      i === 0 ? json(res, 429, rateLimited(), { 'retry-after': '1' }) : json(res, 200, { id: 'me' }),
    );
    const res = await client.request<{ id: string }>({ method: 'GET', path: '/people/me' });
    expect(res.data.id).toBe('me');
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    // Same logical request: same TrackingID on the retry.
    expect(second?.headers.trackingid).toBe(first?.headers.trackingid);
  });

  it('waits until a Retry-After HTTP date', async () => {
    let until = 0;
    const { server, client } = await setup((_req, res, i) => {
      if (i > 0) return json(res, 200, { ok: true });
      const date = new Date(Date.now() + 2000).toUTCString(); // second precision: 1–2 s from now
      until = Date.parse(date);
      json(res, 429, rateLimited(), { 'retry-after': date });
    });
    await client.request({ method: 'GET', path: '/people/me' });
    expect(server.requests).toHaveLength(2);
    // A few ms of slack: timers may fire a millisecond early against the wall clock.
    expect(server.requests[1]?.at ?? 0).toBeGreaterThanOrEqual(until - 5);
    expect((server.requests[1]?.at ?? 0) - (server.requests[0]?.at ?? 0)).toBeGreaterThan(500);
  });

  it('retries a POST on 429 (it was not processed) and caps a long Retry-After', async () => {
    const { server, client } = await setup(
      (_req, res, i) =>
        i === 0 ? json(res, 429, rateLimited(), { 'retry-after': '3600' }) : json(res, 200, { id: 'm1' }),
      { ...FAST, retryAfterCapMs: 20 },
    );
    const res = await client.request<{ id: string }>({
      method: 'POST',
      path: '/messages',
      body: { text: 'hi' },
    });
    expect(res.data.id).toBe('m1');
    expect(server.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(server.requests[1]?.body).toBe('{"text":"hi"}');
  });

  it('gives up after maxRetries429 with the real status, message, trackingId and retryAfterMs', async () => {
    const { server, client } = await setup(
      (_req, res) => json(res, 429, rateLimited(), { 'retry-after': '0' }),
      {
        ...FAST,
        maxRetries429: 2,
      },
    );
    const err = await webexFailure(client.request({ method: 'GET', path: '/people/me' }));
    expect(server.requests).toHaveLength(3);
    expect(err).toMatchObject({
      code: 'HTTP_ERROR',
      status: 429,
      webexMessage: 'Too Many Requests',
      trackingId: 'ROUTER_429',
      retryAfterMs: 0,
    });
  });
});

describe('5xx and connection errors', () => {
  it('retries 503 with growing backoff, then surfaces the last response as WebexApiError', async () => {
    const { server, client } = await setup((_req, res, i) =>
      json(res, 503, { message: 'Service Unavailable', trackingId: `ROUTER_503_${i}` }),
    );
    const err = await webexFailure(client.request({ method: 'GET', path: '/telephony/config/paging' }));
    expect(server.requests).toHaveLength(4); // 1 + 3 retries
    expect(err).toMatchObject({
      code: 'HTTP_ERROR',
      status: 503,
      method: 'GET',
      path: '/telephony/config/paging',
      webexMessage: 'Service Unavailable',
      trackingId: 'ROUTER_503_3',
    });
    expect(err.message).toContain('503');
    // Equal jitter: each wait is at least half its step (10, 20, 40 ms).
    const gaps = server.requests.slice(1).map((r, i) => r.at - (server.requests[i]?.at ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(5);
    expect(gaps[1]).toBeGreaterThanOrEqual(10);
    expect(gaps[2]).toBeGreaterThanOrEqual(20);
  });

  it('recovers when a 502/504 is followed by success', async () => {
    const { server, client } = await setup((_req, res, i) =>
      i === 0 ? json(res, 502, {}) : i === 1 ? json(res, 504, {}) : json(res, 200, { items: [] }),
    );
    const res = await client.request({ method: 'GET', path: '/people' });
    expect(res.status).toBe(200);
    expect(server.requests).toHaveLength(3);
  });

  it('never retries a POST on 5xx', async () => {
    const { server, client } = await setup((_req, res) =>
      json(res, 503, { message: 'busy', trackingId: 'T_POST' }),
    );
    const err = await webexFailure(
      client.request({ method: 'POST', path: '/telephony/config/locations/L1/paging', body: { name: 'x' } }),
    );
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(err).toMatchObject({ status: 503, trackingId: 'T_POST' });
  });

  it('does not retry 500 or 4xx', async () => {
    const { server, client } = await setup((req, res) => json(res, req.url.endsWith('/a') ? 500 : 400, {}));
    await webexFailure(client.request({ method: 'GET', path: '/a' }));
    await webexFailure(client.request({ method: 'GET', path: '/b' }));
    expect(server.requests).toHaveLength(2);
  });

  it('retries a GET whose connection dropped', async () => {
    const { server, client } = await setup((_req, res, i) => {
      if (i === 0) res.socket?.destroy();
      else json(res, 200, { id: 'me' });
    });
    const res = await client.request<{ id: string }>({ method: 'GET', path: '/people/me' });
    expect(res.data.id).toBe('me');
    expect(server.requests).toHaveLength(2);
  });

  it('never retries a POST whose connection dropped', async () => {
    const { server, client } = await setup((_req, res) => {
      res.socket?.destroy();
    });
    const err = await webexFailure(
      client.request({ method: 'POST', path: '/messages', body: { text: 'once' } }),
    );
    expect(err.code).toBe('NETWORK');
    expect(err.status).toBe(0);
    expect(server.requests).toHaveLength(1);
  });

  it('retries refused connections, then reports NETWORK', async () => {
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const { port } = probe.address() as { port: number };
    await new Promise((r) => probe.close(r));
    const lines: string[] = [];
    const logger = createLogger({
      level: 'debug',
      pretty: false,
      destination: { write: (s) => lines.push(s) },
    });
    const client = local.client({
      baseUrl: `http://127.0.0.1:${port}/v1`,
      token: TOKEN,
      retry: FAST,
      logger,
    });
    const err = await webexFailure(client.request({ method: 'GET', path: '/people/me' }));
    expect(err.code).toBe('NETWORK');
    expect(err.message).toMatch(/^Could not reach Webex for GET \/people\/me: ECONNREFUSED/);
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const retries = records.filter((r) => r.msg === 'retrying Webex request');
    expect(retries.map((r) => [r.level, r.errorCode, r.path, r.retry])).toEqual([
      [40, 'ECONNREFUSED', '/people/me', 1],
      [40, 'ECONNREFUSED', '/people/me', 2],
      [40, 'ECONNREFUSED', '/people/me', 3],
    ]);
    expect(records.filter((r) => r.msg === 'webex request')).toMatchObject([
      { level: 20, method: 'GET', path: '/people/me', status: 0, errorCode: 'ECONNREFUSED' },
    ]);
    expect(lines.join('')).not.toContain(TOKEN);
  });
});
