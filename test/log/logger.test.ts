import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { WebexApiError } from '../../src/webex/errors.js';
import { json, useLocalClient } from '../webex/support/local-server.js';

const TOKEN = 'tok_9f8e7d6c5b4a_SUPER_SECRET';

function capture(pretty = false) {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: 'trace', pretty, destination });
  return { logger, output: () => chunks.join('') };
}

// Every place a token or secret tends to end up in a logged object.
const shapes: Record<string, unknown>[] = [
  { token: TOKEN },
  { botToken: TOKEN, adminToken: TOKEN, webhookSecret: TOKEN, secret: TOKEN },
  { user: { token: TOKEN }, deep: { a: { token: TOKEN } }, deeper: { a: { b: { secret: TOKEN } } } },
  { config: { botToken: TOKEN, adminToken: TOKEN, webhookSecret: TOKEN, emulator: { botToken: TOKEN } } },
  { authorization: `Bearer ${TOKEN}` },
  { headers: { authorization: `Bearer ${TOKEN}`, Authorization: `Bearer ${TOKEN}` } },
  { req: { headers: { authorization: `Bearer ${TOKEN}`, 'x-spark-signature': TOKEN } } },
  { request: { headers: { Authorization: `Bearer ${TOKEN}` } } },
  { outer: { headers: { authorization: `Bearer ${TOKEN}` } } },
  { err: { request: { headers: { authorization: `Bearer ${TOKEN}` } } } },
  { err: { options: { headers: { Authorization: `Bearer ${TOKEN}` } } } },
  { ctx: { req: { headers: { authorization: `Bearer ${TOKEN}` } } } },
  { items: [{ token: TOKEN }, { secret: TOKEN }] },
];

describe('createLogger redaction', () => {
  const local = useLocalClient(TOKEN);

  for (const pretty of [false, true]) {
    it(`never writes a token (${pretty ? 'pretty' : 'JSON'} output)`, async () => {
      const { logger, output } = capture(pretty);
      for (const shape of shapes) logger.info(shape, 'shape');
      // An error as the client raises it, logged as pino's `err`.
      const { client } = await local.start(
        (_req, res) => json(res, 403, { message: 'Forbidden', trackingId: 'T403' }),
        { logger },
      );
      const err = await client
        .request({ method: 'GET', path: '/telephony/config/paging' })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WebexApiError);
      logger.error({ err }, 'webex failed');
      logger.error(err as Error);
      logger.child({ config: { botToken: TOKEN } }).warn('child bindings');

      const out = output();
      expect(out).not.toContain(TOKEN);
      expect(out).toContain('[redacted]');
      expect(out).toContain('T403'); // the useful parts survive
      expect(out).toContain('Forbidden');
      if (!pretty) {
        const lines = out.trim().split('\n');
        expect(lines.length).toBe(shapes.length + 4); // + debug request line, two errors, child
        const first = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
        expect(first.token).toBe('[redacted]');
      }
    });
  }

  it('defaults to JSON (not pretty) under test and honours the level', () => {
    const lines: string[] = [];
    // No `pretty` option: the default must choose JSON here (vitest sets NODE_ENV=test).
    const logger = createLogger({
      level: 'warn',
      destination: { write: (line: string) => lines.push(line) },
    });
    expect(logger.level).toBe('warn');
    expect(logger.isLevelEnabled('info')).toBe(false);
    logger.warn({ a: 1 }, 'plain');
    expect(JSON.parse(lines.join('')).msg).toBe('plain');
  });
});
