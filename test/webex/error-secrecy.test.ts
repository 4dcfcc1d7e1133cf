import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { WebexApiError } from '../../src/webex/errors.js';
import { json, useLocalClient } from './support/local-server.js';

const TOKEN = 'NEVER_SHOW_ME_4b1d_token_value';
const local = useLocalClient(TOKEN);

function everyRendering(err: unknown): string {
  return [
    JSON.stringify(err),
    inspect(err, { depth: 10, showHidden: true, getters: true }),
    String(err),
    (err as Error).stack ?? '',
    JSON.stringify(Object.getOwnPropertyDescriptors(err)),
  ].join('\n');
}

describe('WebexApiError never carries the token', () => {
  it.each([
    ['HTTP error', 'http'],
    ['timeout', 'timeout'],
    ['dropped connection', 'drop'],
    ['invalid body', 'invalid'],
  ] as const)('%s', async (_name, kind) => {
    const { client } = await local.start(
      (req, res) => {
        if (kind === 'http') {
          // A hostile server echoing the Authorization header must not smuggle it into our error.
          json(res, 401, { message: `bad ${req.headers.authorization}`, trackingId: 'T401' });
        } else if (kind === 'drop') res.socket?.destroy();
        else if (kind === 'invalid') {
          res.writeHead(200);
          res.end('not json');
        }
      },
      { timeoutMs: 100, retry: { baseDelayMs: 1, maxDelayMs: 1 } },
    );
    const err = await client
      .request({ method: 'POST', path: '/messages', query: { email: 'x@example.com' }, body: { t: 1 } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WebexApiError);
    const text = everyRendering(err);
    expect(text).toContain('POST /messages');
    expect(text).not.toContain('x@example.com');
    expect(text).not.toContain('authorization');
    expect(text).not.toContain(TOKEN);
    if (kind === 'http') expect((err as WebexApiError).webexMessage).toBe('bad Bearer [redacted]');
  });
});
