// Core request: one call to the Webex REST API on an undici Dispatcher (policies are composed into it).
// Adds auth, JSON, a TrackingID and a per-attempt timeout; turns every failure into a WebexApiError.
import { randomUUID } from 'node:crypto';
import type { Dispatcher } from 'undici';
import type { Logger } from '../log/logger.js';
import { WebexApiError, type WebexApiErrorInit, type WebexErrorCode } from './errors.js';
import { parseRetryAfterMs } from './policies/retry-rules.js';
import { CrossOriginError, type QueryParams, type ResolvedTarget, resolveTarget } from './url.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'PATCH';
export type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface WebexRequest {
  method: HttpMethod;
  /** Path below the base URL (`/people/me`), or an absolute URL on the same origin (a `next` link). */
  path: string;
  query?: QueryParams;
  /** Sent as JSON. */
  body?: unknown;
  /** Overrides the client's per-attempt timeout. */
  timeoutMs?: number;
}

export interface WebexResponse<T> {
  status: number;
  headers: ResponseHeaders;
  data: T;
  trackingId: string;
  /** Path below the base URL, without query (as errors and logs show it). */
  path: string;
}

export interface RequesterOptions {
  baseUrl: string;
  token: string;
  dispatcher: Dispatcher;
  /** Per attempt: time to response headers, and between body chunks. Default 15000. */
  timeoutMs?: number;
  logger?: Logger;
}

export type Requester = <T>(req: WebexRequest) => Promise<WebexResponse<T>>;

export const DEFAULT_TIMEOUT_MS = 15_000;
export const TRACKING_PREFIX = 'webex-paging-bot';

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

export function createRequester(opts: RequesterOptions): Requester {
  const { baseUrl, dispatcher, logger } = opts;
  const authorization = `Bearer ${opts.token}`;
  const defaultTimeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const scrub = (text: string) => (opts.token ? text.split(opts.token).join('[redacted]') : text);

  return async <T>(req: WebexRequest): Promise<WebexResponse<T>> => {
    const trackingId = `${TRACKING_PREFIX}_${randomUUID()}`;
    const timeoutMs = req.timeoutMs ?? defaultTimeout;
    const started = performance.now();
    const fail = (code: WebexErrorCode, displayPath: string, extra: Partial<WebexApiErrorInit> = {}) =>
      new WebexApiError({
        code,
        status: 0,
        method: req.method,
        path: displayPath,
        trackingId,
        timeoutMs,
        ...extra,
      });

    let target: ResolvedTarget;
    try {
      target = resolveTarget(baseUrl, req.path, req.query);
    } catch (err) {
      if (err instanceof CrossOriginError) {
        throw fail('INVALID_RESPONSE', new URL(req.path).pathname, { detail: err.message });
      }
      throw err;
    }

    const headers: Record<string, string> = {
      authorization,
      accept: 'application/json',
      trackingid: trackingId,
    };
    let body: string | undefined;
    if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers['content-type'] = 'application/json; charset=utf-8';
    }

    let status = 0;
    let errorCode: string | undefined;
    try {
      const res = await dispatcher.request({
        origin: target.origin,
        path: target.pathAndQuery,
        method: req.method,
        headers,
        body,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
      status = res.statusCode;
      const text = await res.body.text();
      // An error body is scrubbed: a server or proxy echoing our Authorization header must not put the token
      // into an error message that ends up in logs or chat.
      const safeText = status >= 300 ? scrub(text) : text;
      return interpret<T>(
        req.method,
        target.displayPath,
        status,
        res.headers as ResponseHeaders,
        safeText,
        trackingId,
      );
    } catch (err) {
      if (err instanceof WebexApiError) {
        errorCode = err.code;
        throw err;
      }
      errorCode = (err as { code?: string }).code;
      if (errorCode && TIMEOUT_CODES.has(errorCode)) throw fail('TIMEOUT', target.displayPath);
      throw fail('NETWORK', target.displayPath, {
        detail: scrub(errorCode ?? String((err as Error).message)),
      });
    } finally {
      logger?.debug(
        {
          method: req.method,
          path: target.displayPath,
          status,
          errorCode,
          ms: Math.round(performance.now() - started),
          trackingId,
        },
        'webex request',
      );
    }
  };
}

function interpret<T>(
  method: string,
  path: string,
  status: number,
  headers: ResponseHeaders,
  text: string,
  sentTrackingId: string,
): WebexResponse<T> {
  let parsed: unknown;
  let parseFailed = false;
  if (text.trim() !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      parseFailed = true;
    }
  }
  const body = isRecord(parsed) ? parsed : {};
  const trackingId =
    (typeof body.trackingId === 'string' && body.trackingId) ||
    headerValue(headers, 'trackingid') ||
    sentTrackingId;

  if (status >= 200 && status < 300) {
    if (parseFailed) {
      throw new WebexApiError({
        code: 'INVALID_RESPONSE',
        status,
        method,
        path,
        trackingId,
        detail: 'the body is not JSON',
      });
    }
    return { status, headers, data: parsed as T, trackingId, path };
  }

  const descriptions = Array.isArray(body.errors)
    ? body.errors
        .map((e) => (isRecord(e) && typeof e.description === 'string' ? e.description : undefined))
        .filter((d): d is string => d !== undefined)
    : [];
  const retryAfter = parseRetryAfterMs(headers['retry-after']);
  throw new WebexApiError({
    code: 'HTTP_ERROR',
    status,
    method,
    path,
    trackingId,
    ...(typeof body.message === 'string' ? { webexMessage: body.message } : {}),
    descriptions,
    ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}),
  });
}

function headerValue(headers: ResponseHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
