// Concurrency limit per client (one client per token): an undici Agent whose per-origin pool opens at most
// `limit` connections without pipelining, so at most `limit` requests are in flight; the rest queue in undici.
import { Agent } from 'undici';

export const DEFAULT_CONCURRENCY = 8;

export function createLimitedAgent(opts: { limit?: number; connectTimeoutMs?: number } = {}): Agent {
  const limit = opts.limit ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be a positive integer`);
  return new Agent({
    connections: limit,
    pipelining: 1,
    ...(opts.connectTimeoutMs !== undefined ? { connect: { timeout: opts.connectTimeoutMs } } : {}),
  });
}
