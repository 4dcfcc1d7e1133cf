// Retry policy as an undici interceptor. It reuses undici's RetryHandler (re-dispatch, body replay, passing the
// final response through) and replaces only the decision. undici's own `interceptors.retry` cannot express our
// rules: one method list for every status (we retry 429 for POST but 5xx only for idempotent methods), backoff
// instead of a 5 s default when Retry-After is missing, one cap for both waits, one shared retry counter, and with
// its default throwOnError the final response body (Webex message, trackingId) is replaced by RequestRetryError.
import { type Dispatcher, RetryHandler } from 'undici';
import type { Logger } from '../../log/logger.js';
import { displayPath } from '../url.js';
import { type Attempt, DEFAULT_RETRY_SETTINGS, decideRetry, type RetrySettings } from './retry-rules.js';

export interface RetryPolicyOptions extends Partial<RetrySettings> {
  logger?: Logger;
  /** Base URL path (e.g. /v1), stripped from logged paths. */
  basePath?: string;
  /** Jitter source; tests may pin it. */
  random?: () => number;
}

interface RetryableError extends Error {
  statusCode?: number;
  code?: string;
  headers?: Record<string, string | string[] | undefined>;
}

export function webexRetry(options: RetryPolicyOptions = {}): Dispatcher.DispatcherComposeInterceptor {
  const { logger, basePath = '', random = Math.random, ...overrides } = options;
  const settings: RetrySettings = { ...DEFAULT_RETRY_SETTINGS, ...definedOnly(overrides) };

  return (dispatch) => (opts, handler) => {
    const counters = { rateLimited: 0, failed: 0 };
    const retry: RetryHandler.RetryCallback = (err, _context, callback) => {
      const e = err as RetryableError;
      // undici reports an HTTP status as RequestRetryError (code UND_ERR_REQ_RETRY) with statusCode set.
      const attempt: Attempt = { method: opts.method, retryAfter: e.headers?.['retry-after'] };
      if (e.statusCode !== undefined) attempt.status = e.statusCode;
      else if (e.code !== undefined) attempt.code = e.code;
      const decision = decideRetry(attempt, counters, settings, Date.now(), random);
      if (!decision.retry) {
        callback(err);
        return;
      }
      logger?.warn(
        {
          method: opts.method,
          path: displayPath(basePath, opts.path),
          status: attempt.status,
          errorCode: attempt.code,
          reason: decision.reason,
          retry: counters.rateLimited + counters.failed,
          delayMs: decision.delayMs,
          trackingId: trackingIdOf(opts.headers),
        },
        'retrying Webex request',
      );
      setTimeout(() => callback(null), decision.delayMs);
    };
    // throwOnError false: when we stop retrying, the last real response (status + body) reaches the caller.
    const retryOptions: RetryHandler.RetryOptions = { retry, throwOnError: false };
    return dispatch(opts, new RetryHandler({ ...opts, retryOptions }, { dispatch, handler }));
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function trackingIdOf(headers: Dispatcher.DispatchOptions['headers']): string | undefined {
  if (!headers || Array.isArray(headers) || typeof headers !== 'object') return undefined;
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() === 'trackingid' && typeof value === 'string') return value;
  }
  return undefined;
}
