// /healthz and /readyz while the bot starts: not ready until both webhooks exist.
import { createServer } from 'node:net';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../../src/app/start-bot.js';
import { type Emulator, startEmulator } from '../../src/emulator/index.js';
import { asAdminToken, asBotToken } from '../../src/webex/tokens.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

let emulator: Emulator | undefined;
let bot: RunningBot | undefined;
afterAll(async () => {
  await bot?.stop();
  await emulator?.close();
});

describe('readiness', () => {
  it('/readyz is 503 until the webhooks exist, then 200; /healthz is 200 throughout', async () => {
    emulator = await startEmulator({ port: 0 });
    // Slow webhook creation down so the window between "listening" and "ready" can be observed.
    emulator.faults.add({ method: 'POST', path: '/webhooks', latencyMs: 600 });
    const port = await freePort();
    const starting = startBot(
      {
        botToken: asBotToken(emulator.botToken),
        adminToken: asAdminToken(emulator.adminToken),
        apiUrl: emulator.apiUrl,
        webhookUrl: (server) => `${server.url}/webhook`,
        webhookSecret: 'readiness-secret-0123456789',
        port,
        host: '127.0.0.1',
        allowedDomains: [],
        allowedEmails: [],
      },
      { logger: pino({ level: 'silent' }) },
    );
    const base = `http://127.0.0.1:${port}`;
    const seen: number[] = [];
    let health = 0;
    let settled = false;
    void starting.finally(() => {
      settled = true;
    });
    while (!settled) {
      try {
        const res = await fetch(`${base}/readyz`);
        seen.push(res.status);
        health = (await fetch(`${base}/healthz`)).status;
        expect(health).toBe(200);
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    bot = await starting;
    expect(seen).toContain(503);
    const webhooks = [...emulator.store.webhooks.values()].filter((w) => w.status === 'active');
    expect(webhooks.map((w) => w.resource).sort()).toEqual(['all', 'attachmentActions']);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    // A signed delivery before ready would have been refused with 503 rather than dropped silently.
  });
});
