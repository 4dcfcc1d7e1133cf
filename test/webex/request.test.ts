import { describe, expect, it } from 'vitest';
import {
  type Handler,
  json,
  startLocalServer,
  useLocalClient,
  webexFailure,
} from './support/local-server.js';

const TOKEN = 'request-test-token-0123456789';
const local = useLocalClient(TOKEN);

function setup(handler: Handler, timeoutMs?: number) {
  return local.start(handler, (server) => ({
    baseUrl: `${server.apiUrl}/`,
    ...(timeoutMs ? { timeoutMs } : {}),
    retry: { baseDelayMs: 1, maxDelayMs: 2 },
  }));
}

describe('core request', () => {
  it('sends auth, TrackingID, JSON body and encoded query (skipping undefined)', async () => {
    const { server, client } = await setup((_req, res) =>
      json(res, 200, { ok: true }, { trackingid: 'SRV_1' }),
    );
    const res = await client.request<{ ok: boolean }>({
      method: 'POST',
      path: '/messages',
      query: { a: 'x y&z', skip: undefined, none: null, n: 5, ids: ['p', 'q'], flag: false },
      body: { text: 'héllo' },
    });
    expect(res.data).toEqual({ ok: true });
    expect(res.trackingId).toBe('SRV_1');
    const seen = server.requests[0];
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe('/v1/messages?a=x+y%26z&n=5&ids=p%2Cq&flag=false');
    expect(seen?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen?.headers.trackingid).toMatch(
      /^webex-paging-bot_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(seen?.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(seen?.body ?? '')).toEqual({ text: 'héllo' });
  });

  it('uses a fresh TrackingID per call and returns undefined for 204', async () => {
    const { server, client } = await setup((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    const first = await client.request({ method: 'DELETE', path: '/messages/a' });
    await client.request({ method: 'DELETE', path: '/messages/b' });
    expect(first.status).toBe(204);
    expect(first.data).toBeUndefined();
    const ids = server.requests.map((r) => r.headers.trackingid);
    expect(new Set(ids).size).toBe(2);
    expect(first.trackingId).toBe(ids[0]);
  });

  it('maps an error body to WebexApiError (message, descriptions, trackingId from the body)', async () => {
    const { client } = await setup((_req, res) =>
      json(res, 404, {
        message: 'Paging group not found',
        errors: [{ description: 'No paging group with that id' }, { errorCode: 4008 }],
        trackingId: 'ROUTERGW_abc',
      }),
    );
    const err = await webexFailure(
      client.request({ method: 'GET', path: '/telephony/config/paging?x=secret-query' }),
    );
    expect(err).toMatchObject({
      code: 'HTTP_ERROR',
      status: 404,
      method: 'GET',
      path: '/telephony/config/paging',
      webexMessage: 'Paging group not found',
      descriptions: ['No paging group with that id'],
      trackingId: 'ROUTERGW_abc',
    });
    expect(err.message).toBe(
      'Webex answered 404 to GET /telephony/config/paging: Paging group not found; No paging group with that id (trackingId ROUTERGW_abc)',
    );
    expect(err.message).not.toContain('secret-query');
  });

  it('falls back to the trackingid response header, then to the id we sent', async () => {
    const { server, client } = await setup((_req, res, i) => {
      if (i === 0) json(res, 400, { message: 'bad' }, { trackingid: 'HDR_1' });
      else {
        res.writeHead(400, { 'content-type': 'text/html' });
        res.end('<html>nope</html>');
      }
    });
    const a = await webexFailure(client.request({ method: 'GET', path: '/x' }));
    expect(a.trackingId).toBe('HDR_1');
    const b = await webexFailure(client.request({ method: 'GET', path: '/x' }));
    expect(b.trackingId).toBe(server.requests[1]?.headers.trackingid);
    expect(b.webexMessage).toBeUndefined();
    expect(b.message).toContain('no message in the response');
  });

  it('reports a 2xx body that is not JSON as INVALID_RESPONSE', async () => {
    const { client } = await setup((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"truncated":');
    });
    const err = await webexFailure(client.request({ method: 'GET', path: '/people/me' }));
    expect(err.code).toBe('INVALID_RESPONSE');
    expect(err.status).toBe(200);
    expect(err.message).toContain('the body is not JSON');
  });

  it('surfaces a timeout clearly and does not retry it', async () => {
    const { server, client } = await setup(() => {
      /* never answer */
    }, 150);
    const err = await webexFailure(
      client.request({ method: 'GET', path: '/telephony/config/paging', query: { max: 1 } }),
    );
    expect(err.code).toBe('TIMEOUT');
    expect(err.status).toBe(0);
    expect(err.message).toMatch(
      /^Webex did not answer GET \/telephony\/config\/paging within 150 ms \(trackingId webex-paging-bot_/,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('allows a per-request timeout', async () => {
    const { client } = await setup(() => {});
    const err = await webexFailure(client.request({ method: 'GET', path: '/slow', timeoutMs: 50 }));
    expect(err.message).toContain('within 50 ms');
  });

  it('refuses an absolute URL on another origin without sending anything', async () => {
    const other = await startLocalServer((_req, res) => json(res, 200, {}));
    try {
      const { server, client } = await setup((_req, res) => json(res, 200, {}));
      const err = await webexFailure(client.request({ method: 'GET', path: `${other.apiUrl}/people` }));
      expect(err.code).toBe('INVALID_RESPONSE');
      expect(err.message).toContain('refusing to send the token');
      expect(other.requests).toHaveLength(0);
      expect(server.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });
});
