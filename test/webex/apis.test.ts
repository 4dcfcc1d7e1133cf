import { afterEach, describe, expect, it } from 'vitest';
import type { PagingReadApi } from '../../src/paging/ports.js';
import { type AdminApi, createAdminApi } from '../../src/webex/admin-api.js';
import { type BotApi, createBotApi } from '../../src/webex/bot-api.js';
import { asAdminToken, asBotToken } from '../../src/webex/tokens.js';
import { json, type LocalServer, type Recorded, startLocalServer } from './support/local-server.js';

const ADMIN = 'admin-api-test-token';
const BOT = 'bot-api-test-token';
let server: LocalServer | undefined;
let api: AdminApi | BotApi | undefined;

afterEach(async () => {
  await api?.close();
  await server?.close();
  api = undefined;
  server = undefined;
});

/** Answers by route; records everything. */
async function fakeWebex(route: (req: Recorded) => { status: number; body?: unknown }) {
  server = await startLocalServer((req, res) => {
    const { status, body } = route(req);
    if (body === undefined) {
      res.writeHead(status);
      res.end();
    } else json(res, status, body);
  });
  return server;
}

const lastUrl = () => server?.requests.at(-1)?.url;
const lastMethod = () => server?.requests.at(-1)?.method;

describe('admin API', () => {
  it('calls every paging endpoint with encoded ids and the configured orgId', async () => {
    const s = await fakeWebex((req) => {
      if (req.method === 'POST') return { status: 201, body: { id: 'new-id' } };
      if (req.method !== 'GET') return { status: 204 };
      if (req.url.includes('/availableNumbers'))
        return { status: 200, body: { phoneNumbers: [{ phoneNumber: '+1' }] } };
      if (req.url.startsWith('/v1/telephony/config/paging'))
        return { status: 200, body: { locationPaging: [{ id: 'p1' }] } };
      return { status: 200, body: { id: 'p1', name: 'G' } };
    });
    const admin = createAdminApi({ baseUrl: s.apiUrl, token: ADMIN, orgId: 'ORG/1' });
    api = admin;
    const loc = 'loc/1 ?';
    const pg = 'pg#1';

    expect(await admin.paging.list({ name: 'Lobby', locationId: 'L', max: 10 })).toEqual([{ id: 'p1' }]);
    expect(lastUrl()).toBe('/v1/telephony/config/paging?orgId=ORG%2F1&name=Lobby&locationId=L&max=10');

    expect(await admin.paging.list()).toEqual([{ id: 'p1' }]);
    expect(lastUrl()).toBe('/v1/telephony/config/paging?orgId=ORG%2F1');

    await admin.paging.list({ orgId: 'OTHER' });
    expect(lastUrl()).toBe('/v1/telephony/config/paging?orgId=OTHER');

    expect(await admin.paging.get(loc, pg)).toEqual({ id: 'p1', name: 'G' });
    expect(lastUrl()).toBe('/v1/telephony/config/locations/loc%2F1%20%3F/paging/pg%231?orgId=ORG%2F1');

    expect(await admin.paging.create(loc, { name: 'New', extension: '1234', targets: ['a'] })).toEqual({
      id: 'new-id',
    });
    expect([lastMethod(), lastUrl()]).toEqual([
      'POST',
      '/v1/telephony/config/locations/loc%2F1%20%3F/paging?orgId=ORG%2F1',
    ]);
    expect(JSON.parse(s.requests.at(-1)?.body ?? '')).toEqual({
      name: 'New',
      extension: '1234',
      targets: ['a'],
    });

    expect(await admin.paging.update(loc, pg, { enabled: false, dialByName: null })).toBeUndefined();
    expect([lastMethod(), lastUrl()]).toEqual([
      'PUT',
      '/v1/telephony/config/locations/loc%2F1%20%3F/paging/pg%231?orgId=ORG%2F1',
    ]);
    expect(JSON.parse(s.requests.at(-1)?.body ?? '')).toEqual({ enabled: false, dialByName: null });

    expect(await admin.paging.delete(loc, pg)).toBeUndefined();
    expect([lastMethod(), lastUrl()]).toEqual([
      'DELETE',
      '/v1/telephony/config/locations/loc%2F1%20%3F/paging/pg%231?orgId=ORG%2F1',
    ]);

    expect(await admin.paging.availableNumbers(loc, { phoneNumber: ['+1', '+2'] })).toEqual([
      { phoneNumber: '+1' },
    ]);
    expect(lastUrl()).toBe(
      '/v1/telephony/config/locations/loc%2F1%20%3F/paging/availableNumbers?orgId=ORG%2F1&phoneNumber=%2B1%2C%2B2',
    );
    expect(s.requests.every((r) => r.headers.authorization === `Bearer ${ADMIN}`)).toBe(true);
  });

  it('looks people up by id in chunks of 85, by email, and lists locations', async () => {
    const s = await fakeWebex((req) => {
      const url = new URL(req.url, 'http://x');
      const ids = url.searchParams.get('id')?.split(',') ?? [];
      if (url.pathname === '/v1/locations')
        return { status: 200, body: { items: [{ id: 'L1', name: 'HQ' }] } };
      if (url.searchParams.has('email')) return { status: 200, body: { items: [{ id: 'P-mail' }] } };
      // Pretend every id ending in 7 is unknown.
      return {
        status: 200,
        body: { items: ids.filter((i) => !i.endsWith('7')).map((id) => ({ id })), notFoundIds: [] },
      };
    });
    const admin = createAdminApi({ baseUrl: s.apiUrl, token: ADMIN });
    api = admin;
    const ids = Array.from({ length: 200 }, (_, i) => `P${i}`);
    const people = await admin.people.byIds([...ids, 'P0']);
    expect(people.map((p) => p.id)).toEqual(ids.filter((i) => !i.endsWith('7')));
    const chunks = s.requests.map(
      (r) => new URL(r.url, 'http://x').searchParams.get('id')?.split(',').length,
    );
    expect(chunks).toEqual([85, 85, 30]);
    expect(s.requests.every((r) => !r.url.includes('orgId'))).toBe(true);

    expect(await admin.people.byIds([])).toEqual([]);
    expect(s.requests).toHaveLength(3);

    expect(await admin.people.byEmail('a+b@example.com')).toEqual([{ id: 'P-mail' }]);
    expect(lastUrl()).toBe('/v1/people?email=a%2Bb%40example.com');

    expect(await admin.locations.list({ name: 'H' })).toEqual([{ id: 'L1', name: 'HQ' }]);
    expect(lastUrl()).toBe('/v1/locations?name=H');
  });
});

describe('bot API', () => {
  it('uses the documented paths for people, messages, attachment actions and webhooks', async () => {
    const s = await fakeWebex((req) => {
      if (req.method === 'DELETE') return { status: 204 };
      if (req.url === '/v1/webhooks' && req.method === 'GET')
        return { status: 200, body: { items: [{ id: 'W1' }] } };
      return { status: 200, body: { id: 'X', echo: req.method } };
    });
    const bot = createBotApi({ baseUrl: s.apiUrl, token: BOT });
    api = bot;
    const calls: [string, string][] = [];
    const track = async (p: Promise<unknown>) => {
      await p;
      calls.push([lastMethod() ?? '', lastUrl() ?? '']);
    };
    await track(bot.people.me());
    await track(bot.people.byEmail('x@example.com'));
    await track(bot.messages.create({ roomId: 'R', markdown: '**hi**' }));
    await track(bot.messages.get('M/1'));
    await track(bot.messages.delete('M/1'));
    await track(bot.attachmentActions.get('A 1'));
    expect(await bot.webhooks.list()).toEqual([{ id: 'W1' }]);
    calls.push([lastMethod() ?? '', lastUrl() ?? '']);
    await track(
      bot.webhooks.create({ name: 'n', targetUrl: 'https://t', resource: 'messages', event: 'created' }),
    );
    await track(bot.webhooks.delete('W1'));
    expect(calls).toEqual([
      ['GET', '/v1/people/me'],
      ['GET', '/v1/people?email=x%40example.com'],
      ['POST', '/v1/messages'],
      ['GET', '/v1/messages/M%2F1'],
      ['DELETE', '/v1/messages/M%2F1'],
      ['GET', '/v1/attachment/actions/A%201'],
      ['GET', '/v1/webhooks'],
      ['POST', '/v1/webhooks'],
      ['DELETE', '/v1/webhooks/W1'],
    ]);
    expect(JSON.parse(s.requests[2]?.body ?? '')).toEqual({ roomId: 'R', markdown: '**hi**' });
    expect(s.requests.every((r) => r.headers.authorization === `Bearer ${BOT}`)).toBe(true);
  });
});

describe('type-level separation of tokens', () => {
  it('the bot API has no telephony and typed tokens cannot be swapped', () => {
    // Never called: these lines exist for the type checker (npm run typecheck fails if the guards disappear).
    const compileOnly = () => {
      const bot = createBotApi({ baseUrl: 'http://127.0.0.1:1/v1', token: BOT });
      // @ts-expect-error the bot API has no paging: telephony needs an admin token
      void bot.paging;
      // @ts-expect-error a BotToken (config.botToken) is refused by the admin API
      createAdminApi({ baseUrl: 'http://127.0.0.1:1/v1', token: asBotToken(BOT) });
      // @ts-expect-error an AdminToken (config.adminToken) must not post as the bot
      createBotApi({ baseUrl: 'http://127.0.0.1:1/v1', token: asAdminToken(ADMIN) });
      // The admin API satisfies the paging domain's port as is.
      const port: PagingReadApi = createAdminApi({
        baseUrl: 'http://127.0.0.1:1/v1',
        token: asAdminToken(ADMIN),
      });
      return port;
    };
    expect(typeof compileOnly).toBe('function');
    const bot = createBotApi({ baseUrl: 'http://127.0.0.1:1/v1', token: BOT });
    api = bot;
    expect(Object.keys(bot).sort()).toEqual(['attachmentActions', 'close', 'messages', 'people', 'webhooks']);
  });
});
