import { afterEach, describe, expect, it } from 'vitest';
import { createWebexClient, type WebexClient } from '../../src/webex/client.js';
import { json, type LocalServer, startLocalServer } from './support/local-server.js';

let server: LocalServer | undefined;
const clients: WebexClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await server?.close();
  server = undefined;
});

describe('concurrency limit', () => {
  it('keeps at most `concurrency` requests of one client in flight; others queue', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const tokensSeen = new Map<string, number>();
    server = await startLocalServer(async (req, res) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const auth = req.headers.authorization ?? '';
      tokensSeen.set(auth, (tokensSeen.get(auth) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 15));
      inFlight -= 1;
      json(res, 200, { ok: true });
    });
    const client = createWebexClient({ baseUrl: server.apiUrl, token: 'limit-a', concurrency: 3 });
    clients.push(client);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => client.request({ method: 'GET', path: `/people/${i}` })),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(server.requests).toHaveLength(20);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(maxInFlight).toBeGreaterThan(1); // requests did run in parallel

    // A second client (another token) has its own budget.
    maxInFlight = 0;
    const other = createWebexClient({ baseUrl: server.apiUrl, token: 'limit-b', concurrency: 2 });
    clients.push(other);
    await Promise.all([
      ...Array.from({ length: 6 }, () => client.request({ method: 'GET', path: '/a' })),
      ...Array.from({ length: 6 }, () => other.request({ method: 'GET', path: '/b' })),
    ]);
    expect(maxInFlight).toBeLessThanOrEqual(5);
    expect(tokensSeen.get('Bearer limit-b')).toBe(6);
  });

  it('rejects a nonsensical limit', () => {
    expect(() => createWebexClient({ baseUrl: 'http://127.0.0.1:1/v1', token: 't', concurrency: 0 })).toThrow(
      RangeError,
    );
  });
});
