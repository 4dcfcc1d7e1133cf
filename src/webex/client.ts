// One code path for both tokens: core request + policies (retry, concurrency) on one undici dispatcher.
// The typed admin and bot APIs are thin layers over this.
import type { Logger } from '../log/logger.js';
import { type PaginateOptions, paginate } from './pagination.js';
import { createLimitedAgent, DEFAULT_CONCURRENCY } from './policies/concurrency.js';
import { type RetryPolicyOptions, webexRetry } from './policies/retry.js';
import { createRequester, DEFAULT_TIMEOUT_MS, type Requester } from './request.js';

export interface WebexClientOptions {
  /** e.g. https://webexapis.com/v1 (config.apiUrl) */
  baseUrl: string;
  token: string;
  /** Per-attempt timeout in ms (default 15000). */
  timeoutMs?: number;
  /** Requests in flight at once for this client, i.e. this token (default 8). */
  concurrency?: number;
  /** Retry tuning; tests shrink the delays. */
  retry?: Omit<RetryPolicyOptions, 'logger' | 'basePath'>;
  logger?: Logger;
}

export interface WebexClient {
  request: Requester;
  /** Follows Link headers; returns every item. */
  paginate<T>(opts: PaginateOptions): Promise<T[]>;
  /** Releases the connections; pending requests finish first. Safe to call twice. */
  close(): Promise<void>;
}

export function createWebexClient(opts: WebexClientOptions): WebexClient {
  const baseUrl = opts.baseUrl.replace(/\/+$/, '');
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const logger = opts.logger?.child({ component: 'webex' });
  const agent = createLimitedAgent({
    limit: opts.concurrency ?? DEFAULT_CONCURRENCY,
    connectTimeoutMs: timeoutMs,
  });
  const dispatcher = agent.compose(
    webexRetry({ ...opts.retry, basePath: new URL(baseUrl).pathname, ...(logger ? { logger } : {}) }),
  );
  const request = createRequester({
    baseUrl,
    token: opts.token,
    dispatcher,
    timeoutMs,
    ...(logger ? { logger } : {}),
  });
  let closing: Promise<void> | undefined;
  return {
    request,
    paginate: <T>(p: PaginateOptions) => paginate<T>(request, p),
    close: () => {
      closing ??= agent.close();
      return closing;
    },
  };
}
