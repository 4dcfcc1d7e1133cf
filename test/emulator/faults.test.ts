// Fault injection (API and HTTP control surface), the request log, demo users and the SSE event stream.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, type Json, withEmulator } from './helpers.js';

let emu: Emulator;
beforeEach(async () => {
  emu = await withEmulator();
});
afterEach(() => emu.close());

const paging = () => call(emu, 'GET', '/telephony/config/paging', emu.adminToken);

describe('faults', () => {
  it('429 with Retry-After and the standard error body, for the given number of times', async () => {
    emu.faults.add({ path: '/telephony/config/paging', status: 429, retryAfter: '7', times: 1 });
    const limited = await paging();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(limited.body.trackingId).toBe(limited.headers.get('trackingid'));
    expect(limited.body.errors[0].description).toBeTypeOf('string');
    expect((await paging()).status).toBe(200);
    expect(emu.faults.list()).toEqual([]);
  });

  it('accepts an HTTP-date Retry-After', async () => {
    const date = new Date(Date.UTC(2030, 0, 1)).toUTCString();
    emu.faults.add({ path: '/people', status: 429, retryAfter: date });
    expect((await call(emu, 'GET', '/people/me', emu.botToken)).headers.get('retry-after')).toBe(date);
  });

  it('503 N times, then success', async () => {
    emu.faults.add({ path: '/telephony', status: 503, times: 3 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await paging()).status);
    expect(statuses).toEqual([503, 503, 503, 200]);
  });

  it('matches by method and by RegExp', async () => {
    emu.faults.add({ method: 'post', path: /^\/messages$/, status: 500 });
    const room = emu.store.keys.rooms['direct-admin'];
    expect((await call(emu, 'GET', `/messages?roomId=${room}`, emu.botToken)).status).toBe(200);
    expect((await call(emu, 'POST', '/messages', emu.botToken, { roomId: room, text: 'x' })).status).toBe(
      500,
    );
    expect((await call(emu, 'GET', `/rooms/${room}`, emu.botToken)).status).toBe(200);
  });

  it('matches by token kind, so only the bot’s requests fail', async () => {
    emu.faults.add({ method: 'POST', path: '/messages', status: 500, tokenKind: 'bot' });
    const room = emu.store.keys.rooms['direct-admin'];
    expect((await call(emu, 'POST', '/messages', emu.adminToken, { roomId: room, text: 'x' })).status).toBe(
      200,
    );
    expect((await call(emu, 'POST', '/messages', emu.botToken, { roomId: room, text: 'y' })).status).toBe(
      500,
    );
    const listed = await call(emu, 'GET', `${emu.url}/_emulator/faults`);
    expect(listed.body.items[0].tokenKind).toBe('bot');
    const bad = await call(emu, 'POST', `${emu.url}/_emulator/faults`, undefined, {
      path: '/x',
      tokenKind: 'robot',
    });
    expect(bad.status).toBe(400);
  });

  it('adds latency and then answers normally', async () => {
    const id = emu.faults.add({ path: '/people/me', latencyMs: 30 });
    const res = await call(emu, 'GET', '/people/me', emu.botToken);
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('bot');
    expect(emu.faults.list().find((f) => f.id === id)?.hits).toBe(1);
  });

  it('keeps a slow request pending until the client gives up', async () => {
    emu.faults.add({ path: '/people/me', latencyMs: 60_000 });
    const abort = new AbortController();
    const pending = fetch(`${emu.apiUrl}/people/me`, {
      headers: { Authorization: `Bearer ${emu.botToken}` },
      signal: abort.signal,
    });
    while ((emu.faults.list()[0]?.hits ?? 0) === 0) await new Promise((r) => setImmediate(r));
    abort.abort();
    await expect(pending).rejects.toThrow();
    // The server never answered: the log records the request with status 0 once the socket closes.
    await vi.waitFor(() => {
      expect(emu.requests.find((r) => r.path === '/v1/people/me')).toMatchObject({ status: 0 });
    });
  });

  it('drops the connection without a response', async () => {
    emu.faults.add({ path: '/people/me', drop: true, times: 1 });
    await expect(
      fetch(`${emu.apiUrl}/people/me`, { headers: { Authorization: `Bearer ${emu.botToken}` } }),
    ).rejects.toThrow();
    expect((await call(emu, 'GET', '/people/me', emu.botToken)).status).toBe(200);
    await new Promise((r) => setImmediate(r));
    expect(emu.requests.find((r) => r.path === '/v1/people/me')?.status).toBe(0);
  });

  it('validates fault specs', () => {
    expect(() => emu.faults.add({ path: '/x' })).toThrow(/status, latencyMs or drop/);
    expect(() => emu.faults.add({ path: '/x', status: 42 })).toThrow(/status/);
    expect(() => emu.faults.add({ path: '/x', status: 500, times: 0 })).toThrow(/times/);
  });

  it('can be managed over HTTP', async () => {
    const control = (method: string, path: string, body?: unknown) =>
      call(emu, method, `${emu.url}/_emulator${path}`, undefined, body);
    const added = await control('POST', '/faults', {
      pathRegex: '^/telephony',
      status: 503,
      retryAfter: 2,
      times: 2,
    });
    expect(added.status).toBe(201);
    const listed = await control('GET', '/faults');
    expect(listed.body.items).toEqual([
      {
        id: added.body.id,
        pathRegex: /^\/telephony/.source,
        status: 503,
        retryAfter: '2',
        remaining: 2,
        hits: 0,
      },
    ]);
    expect((await paging()).status).toBe(503);
    expect((await control('DELETE', `/faults/${added.body.id}`)).status).toBe(204);
    expect((await paging()).status).toBe(200);
    await control('POST', '/faults', { path: '/people', status: 500 });
    expect((await control('DELETE', '/faults')).status).toBe(204);
    expect((await control('GET', '/faults')).body.items).toEqual([]);
    expect((await control('POST', '/faults', { path: '/x' })).status).toBe(400);
    expect((await control('DELETE', '/faults/nope')).status).toBe(404);
  });
});

describe('request log', () => {
  it('records method, path, query, status, token kind, tracking ID and time; never tokens', async () => {
    await call(emu, 'GET', '/people/me', emu.botToken, undefined, { TrackingID: 'T1' });
    await call(emu, 'GET', '/telephony/config/paging?name=Lobby', emu.adminToken);
    await call(emu, 'GET', '/people/me', 'wrong-token');
    await call(emu, 'GET', '/people/me', emu.store.personByEmail('sam.carter@example.com')?.token);
    expect(emu.requests.map((r) => [r.method, r.path, r.status, r.tokenKind])).toEqual([
      ['GET', '/v1/people/me', 200, 'bot'],
      ['GET', '/v1/telephony/config/paging', 200, 'admin'],
      ['GET', '/v1/people/me', 401, 'none'],
      ['GET', '/v1/people/me', 200, 'user'],
    ]);
    expect(emu.requests[0]?.trackingId).toBe('T1');
    expect(emu.requests[1]?.query).toEqual({ name: 'Lobby' });
    expect(Date.parse(emu.requests[0]?.at ?? '')).not.toBeNaN();
    const log = await call(emu, 'GET', `${emu.url}/_emulator/requests`);
    expect(log.body.items).toHaveLength(4);
    const text = JSON.stringify(log.body);
    expect(text).not.toContain(emu.botToken);
    expect(text).not.toContain(emu.adminToken);
    expect((await call(emu, 'DELETE', `${emu.url}/_emulator/requests`)).status).toBe(204);
    expect(emu.requests).toEqual([]);
  });
});

describe('demo users and live events', () => {
  it('lists demo users with tokens that work', async () => {
    const users = (await call(emu, 'GET', `${emu.url}/_emulator/users`)).body as Json[];
    const admin = users.find((u) => u.email === 'admin@example.com');
    expect(admin).toMatchObject({ displayName: 'Dana Whitfield', isAdmin: true, orgDomain: 'example.com' });
    expect(users.find((u) => u.email === 'frontdesk@contractor.example')).toMatchObject({
      isAdmin: false,
      orgDomain: 'contractor.example',
    });
    expect(users.some((u) => u.email === 'pagingbot@webex.bot')).toBe(false);
    for (const user of users.slice(0, 5)) {
      expect((await call(emu, 'GET', '/people/me', user.token)).body.id).toBe(user.id);
    }
  });

  it('streams message, messageDeleted and delivery events over SSE', async () => {
    const res = await fetch(`${emu.url}/_emulator/events`);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body?.getReader();
    if (!reader) throw new Error('no body');
    let buffer = '';
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(buffer)) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += new TextDecoder().decode(value);
      }
    };
    await readUntil(/: connected/);
    const room = emu.store.keys.rooms['direct-admin'];
    const sent = await call(emu, 'POST', '/messages', emu.botToken, { roomId: room, text: 'live' });
    await readUntil(/event: message\ndata: .*\n\n/);
    const data = /event: message\ndata: (.*)\n\n/.exec(buffer)?.[1] ?? '{}';
    expect(JSON.parse(data)).toEqual(sent.body);
    await call(emu, 'DELETE', `/messages/${sent.body.id}`, emu.botToken);
    await readUntil(/event: messageDeleted\ndata: .*\n\n/);
    expect(buffer).toContain(JSON.stringify({ id: sent.body.id, roomId: room }));
    await reader.cancel();
  });
});
