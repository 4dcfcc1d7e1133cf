// When to retry a Webex call and how long to wait: pure decisions, so they are testable without a server.
// webex-api.md §1.5: 429 → honour Retry-After (default 5 s, cap 60 s), any method, since the call was not
// processed. 502/503/504 and dropped connections → bounded exponential backoff with jitter, idempotent methods
// only: a retried POST could create a duplicate group or message.

export interface RetrySettings {
  /** Retries after 429 (default 3). */
  maxRetries429: number;
  /** Wait when a 429 has no usable Retry-After (default 5000). */
  retryAfterDefaultMs: number;
  /** Longest wait we honour from Retry-After (default 60000). */
  retryAfterCapMs: number;
  /** Retries after 502/503/504 or a connection error (default 3). */
  maxRetries: number;
  /** First backoff step (default 500). */
  baseDelayMs: number;
  /** Longest backoff step (default 8000). */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
  maxRetries429: 3,
  retryAfterDefaultMs: 5_000,
  retryAfterCapMs: 60_000,
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
};

export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);
/** Connection-level failures (undici and Node codes) where the server likely never handled the request. */
export const RETRYABLE_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);

export interface Attempt {
  method: string;
  /** Response status, or undefined when the connection failed. */
  status?: number;
  /** Error code when the connection failed. */
  code?: string;
  retryAfter?: string | string[];
}

/** Per-request counters: 429s and failures have separate budgets. */
export interface RetryCounters {
  rateLimited: number;
  failed: number;
}

export type RetryDecision =
  | { retry: false }
  | { retry: true; delayMs: number; reason: 'rate-limited' | 'server-error' | 'connection-error' };

export function decideRetry(
  attempt: Attempt,
  counters: RetryCounters,
  settings: RetrySettings,
  now: number = Date.now(),
  random: () => number = Math.random,
): RetryDecision {
  if (attempt.status === 429) {
    if (counters.rateLimited >= settings.maxRetries429) return { retry: false };
    counters.rateLimited += 1;
    const wanted = parseRetryAfterMs(attempt.retryAfter, now) ?? settings.retryAfterDefaultMs;
    return { retry: true, delayMs: Math.min(wanted, settings.retryAfterCapMs), reason: 'rate-limited' };
  }
  if (!IDEMPOTENT_METHODS.has(attempt.method.toUpperCase())) return { retry: false };
  const serverError = attempt.status !== undefined && RETRYABLE_STATUSES.has(attempt.status);
  const connectionError =
    attempt.status === undefined && attempt.code !== undefined && RETRYABLE_ERROR_CODES.has(attempt.code);
  if (!serverError && !connectionError) return { retry: false };
  if (counters.failed >= settings.maxRetries) return { retry: false };
  const delayMs = backoffDelayMs(counters.failed, settings, random);
  counters.failed += 1;
  return { retry: true, delayMs, reason: serverError ? 'server-error' : 'connection-error' };
}

/** Retry-After as delta-seconds or HTTP-date (RFC 9110 §10.2.3); undefined when absent or unparsable. */
export function parseRetryAfterMs(
  header: string | string[] | undefined,
  now: number = Date.now(),
): number | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) return undefined;
  // Delta-seconds; a fraction is not in the RFC but is harmless to honour.
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  // HTTP-date forms all start with a day name; Date.parse alone would read "-5" or "1" as years.
  if (!/^[a-z]{3,9},?\s/i.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Exponential step capped at maxDelayMs, with "equal jitter": between half and all of the step. */
export function backoffDelayMs(
  retryIndex: number,
  settings: RetrySettings,
  random: () => number = Math.random,
) {
  const step = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retryIndex);
  return Math.round(step / 2 + (random() * step) / 2);
}
