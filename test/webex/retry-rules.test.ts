import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  DEFAULT_RETRY_SETTINGS,
  decideRetry,
  parseRetryAfterMs,
  type RetryCounters,
} from '../../src/webex/policies/retry-rules.js';

const fresh = (): RetryCounters => ({ rateLimited: 0, failed: 0 });
const S = DEFAULT_RETRY_SETTINGS;

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delta-seconds', () => {
    expect(parseRetryAfterMs('7', now)).toBe(7000);
    expect(parseRetryAfterMs(['2', '9'], now)).toBe(2000);
    expect(parseRetryAfterMs(' 0 ', now)).toBe(0);
    expect(parseRetryAfterMs('1.5', now)).toBe(1500);
  });
  it('reads an HTTP date, never negative', () => {
    expect(parseRetryAfterMs('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfterMs('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
    expect(parseRetryAfterMs('Thursday, 01-Jan-26 00:00:10 GMT', now)).toBe(10_000);
  });
  it('is undefined when absent or unparsable', () => {
    expect(parseRetryAfterMs(undefined, now)).toBeUndefined();
    expect(parseRetryAfterMs('', now)).toBeUndefined();
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs('-5', now)).toBeUndefined();
    expect(parseRetryAfterMs('Mon, 99 Foo 2026', now)).toBeUndefined();
  });
});

describe('decideRetry', () => {
  it('429: Retry-After, else 5 s default, capped at 60 s, for any method', () => {
    expect(decideRetry({ method: 'POST', status: 429, retryAfter: '2' }, fresh(), S)).toEqual({
      retry: true,
      delayMs: 2000,
      reason: 'rate-limited',
    });
    expect(decideRetry({ method: 'GET', status: 429 }, fresh(), S)).toMatchObject({ delayMs: 5000 });
    expect(decideRetry({ method: 'GET', status: 429, retryAfter: '600' }, fresh(), S)).toMatchObject({
      delayMs: 60_000,
    });
  });

  it('429: stops after maxRetries429, counted apart from failures', () => {
    const c = fresh();
    for (let i = 0; i < 3; i++) expect(decideRetry({ method: 'GET', status: 429 }, c, S).retry).toBe(true);
    expect(decideRetry({ method: 'GET', status: 429 }, c, S).retry).toBe(false);
    expect(decideRetry({ method: 'GET', status: 503 }, c, S).retry).toBe(true);
  });

  it('5xx and connection errors: idempotent methods only', () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'get']) {
      expect(decideRetry({ method, status: 503 }, fresh(), S).retry).toBe(true);
      expect(decideRetry({ method, code: 'ECONNRESET' }, fresh(), S).retry).toBe(true);
    }
    for (const method of ['POST', 'PATCH']) {
      expect(decideRetry({ method, status: 502 }, fresh(), S).retry).toBe(false);
      expect(decideRetry({ method, code: 'UND_ERR_SOCKET' }, fresh(), S).retry).toBe(false);
    }
  });

  it('does not retry other statuses, timeouts or unknown errors', () => {
    for (const status of [400, 401, 403, 404, 409, 500]) {
      expect(decideRetry({ method: 'GET', status }, fresh(), S).retry).toBe(false);
    }
    expect(decideRetry({ method: 'GET', code: 'UND_ERR_HEADERS_TIMEOUT' }, fresh(), S).retry).toBe(false);
    expect(decideRetry({ method: 'GET', code: 'ENOTFOUND' }, fresh(), S).retry).toBe(false);
  });

  it('stops after maxRetries failures', () => {
    const c = fresh();
    const decisions = Array.from(
      { length: 5 },
      () => decideRetry({ method: 'GET', status: 504 }, c, S).retry,
    );
    expect(decisions).toEqual([true, true, true, false, false]);
  });
});

describe('backoffDelayMs', () => {
  const settings = { ...S, baseDelayMs: 100, maxDelayMs: 1000 };
  it('doubles per retry within [step/2, step] and respects the cap', () => {
    expect([0, 1, 2, 3, 4, 10].map((n) => backoffDelayMs(n, settings, () => 1))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ]);
    expect([0, 1, 2, 3, 4].map((n) => backoffDelayMs(n, settings, () => 0))).toEqual([
      50, 100, 200, 400, 500,
    ]);
  });
});
