import { afterEach, describe, expect, it } from 'vitest';
import { createWebexClient, type WebexClient } from '../../src/webex/client.js';
import { WebexApiError } from '../../src/webex/errors.js';
import { parseLinkHeader } from '../../src/webex/pagination.js';
import { type Handler, json, type LocalServer, startLocalServer } from './support/local-server.js';

const TOKEN = 'pagination-test-token-0123456789';
const servers: LocalServer[] = [];
let client: WebexClient | undefined;

afterEach(async () => {
  await client?.close();
  client = undefined;
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(handler: Handler) {
  const server = await startLocalServer(handler);
  servers.push(server);
  return server;
}

describe('parseLinkHeader', () => {
  it('reads rel values, quoted or not, from one or several headers', () => {
    expect(
      parseLinkHeader(
        '<https://a.test/v1/x?start=2&max=2>; rel="next", <https://a.test/v1/x?start=0>; rel=first',
      ),
    ).toEqual({ next: 'https://a.test/v1/x?start=2&max=2', first: 'https://a.test/v1/x?start=0' });
    expect(parseLinkHeader(['<https://a.test/p>; rel="prev"', '<https://a.test/n>;rel="next"'])).toEqual({
      prev: 'https://a.test/p',
      next: 'https://a.test/n',
    });
    expect(parseLinkHeader(undefined)).toEqual({});
    expect(parseLinkHeader('garbage')).toEqual({});
  });
});

describe('paginate', () => {
  it('follows next across pages, sending the query only on the first request', async () => {
    const all = Array.from({ length: 7 }, (_, i) => ({ id: `g${i}`, name: `Group ${i}` }));
    const server = await serve((req, res) => {
      const url = new URL(req.url, 'http://x');
      const start = Number(url.searchParams.get('start') ?? 0);
      const max = 3;
      const page = all.slice(start, start + max);
      const headers: Record<string, string> = {};
      if (start + max < all.length) {
        // Webex-style next link: absolute URL with its own cursor, without our original filter.
        headers.link = `<${server.apiUrl}/telephony/config/paging?start=${start + max}&cursor=abc%2Fdef>; rel="next"`;
      }
      json(res, 200, { locationPaging: page }, headers);
    });
    client = createWebexClient({ baseUrl: server.apiUrl, token: TOKEN });
    const items = await client.paginate<{ id: string }>({
      path: '/telephony/config/paging',
      query: { name: 'Group', orgId: 'ORG' },
      itemsKey: 'locationPaging',
    });
    expect(items.map((i) => i.id)).toEqual(all.map((g) => g.id));
    expect(server.requests.map((r) => r.url)).toEqual([
      '/v1/telephony/config/paging?name=Group&orgId=ORG',
      '/v1/telephony/config/paging?start=3&cursor=abc%2Fdef',
      '/v1/telephony/config/paging?start=6&cursor=abc%2Fdef',
    ]);
    expect(server.requests.every((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('stops on an empty page, or a page without the items key', async () => {
    const server = await serve((req, res) => {
      const next = { link: `<${server.apiUrl}${req.url.replace(/\?.*/, '')}?p=2>; rel="next"` };
      if (req.url.includes('p=2')) json(res, 200, req.url.startsWith('/v1/a') ? { items: [] } : {}, next);
      else json(res, 200, { items: [{ id: 1 }] }, next);
    });
    client = createWebexClient({ baseUrl: server.apiUrl, token: TOKEN });
    expect(await client.paginate({ path: '/a', itemsKey: 'items' })).toEqual([{ id: 1 }]);
    expect(await client.paginate({ path: '/b', itemsKey: 'items' })).toEqual([{ id: 1 }]);
    expect(server.requests).toHaveLength(4);
  });

  it('refuses a next link to another origin and never sends the token there', async () => {
    const elsewhere = await serve((_req, res) => json(res, 200, { items: [{ id: 'stolen' }] }));
    const server = await serve((_req, res) =>
      json(res, 200, { items: [{ id: 1 }] }, { link: `<${elsewhere.apiUrl}/people?start=1>; rel="next"` }),
    );
    client = createWebexClient({ baseUrl: server.apiUrl, token: TOKEN });
    const err = await client.paginate({ path: '/people', itemsKey: 'items' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WebexApiError);
    expect((err as WebexApiError).message).toContain('refusing to send the token');
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('stops when a server links a page to itself', async () => {
    const server = await serve((_req, res) =>
      json(res, 200, { items: [{ id: 1 }] }, { link: `<${server.apiUrl}/loop>; rel="next"` }),
    );
    client = createWebexClient({ baseUrl: server.apiUrl, token: TOKEN });
    expect(await client.paginate({ path: `${server.apiUrl}/loop`, itemsKey: 'items' })).toEqual([{ id: 1 }]);
    expect(server.requests).toHaveLength(1);
  });

  it('rejects a page whose items are not an array', async () => {
    const server = await serve((_req, res) => json(res, 200, { items: 'nope' }));
    client = createWebexClient({ baseUrl: server.apiUrl, token: TOKEN });
    const err = await client.paginate({ path: '/people', itemsKey: 'items' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });
  });

  it('names the page’s path below the base URL when a later page is malformed', async () => {
    const server = await serve((req, res) =>
      req.url?.startsWith('/v1/people?page=2')
        ? json(res, 200, { items: 'nope' })
        : json(res, 200, { items: [{ id: 1 }] }, { link: `<${server.apiUrl}/people?page=2>; rel="next"` }),
    );
    client = createWebexClient({ baseUrl: server.apiUrl, token: TOKEN });
    const err = await client.paginate({ path: '/people', itemsKey: 'items' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'INVALID_RESPONSE', path: '/people' });
  });
});
