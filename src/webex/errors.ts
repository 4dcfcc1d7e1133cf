// The client's one error type. It carries what a support ticket needs (status, Webex message, trackingId) and
// nothing that could leak: no token, no request headers, no query string, no host.

export type WebexErrorCode = 'HTTP_ERROR' | 'TIMEOUT' | 'NETWORK' | 'INVALID_RESPONSE';

export interface WebexApiErrorInit {
  code: WebexErrorCode;
  /** HTTP status; 0 when no response arrived (network error, timeout). */
  status: number;
  method: string;
  /** Path below the API base URL, without query string, e.g. /telephony/config/paging */
  path: string;
  trackingId: string;
  webexMessage?: string;
  descriptions?: string[];
  retryAfterMs?: number;
  /** Short explanation for non-HTTP failures, e.g. "ECONNREFUSED" or "the body is not JSON". */
  detail?: string;
  /** For TIMEOUT: the limit that was exceeded. */
  timeoutMs?: number;
}

export class WebexApiError extends Error {
  readonly code: WebexErrorCode;
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly trackingId: string;
  readonly webexMessage: string | undefined;
  readonly descriptions: string[];
  readonly retryAfterMs: number | undefined;

  constructor(init: WebexApiErrorInit) {
    super(describe(init));
    this.name = 'WebexApiError';
    this.code = init.code;
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.trackingId = init.trackingId;
    this.webexMessage = init.webexMessage;
    this.descriptions = init.descriptions ?? [];
    this.retryAfterMs = init.retryAfterMs;
  }

  /** JSON.stringify(err) and pino's serializer then show the useful fields, not `{}`. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      code: this.code,
      status: this.status,
      method: this.method,
      path: this.path,
      trackingId: this.trackingId,
      webexMessage: this.webexMessage,
      descriptions: this.descriptions,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

export const isWebexApiError = (err: unknown): err is WebexApiError => err instanceof WebexApiError;

function describe(init: WebexApiErrorInit): string {
  const call = `${init.method} ${init.path}`;
  const tracking = `(trackingId ${init.trackingId})`;
  switch (init.code) {
    case 'HTTP_ERROR': {
      const what = [init.webexMessage, ...(init.descriptions ?? [])].filter(Boolean);
      const unique = [...new Set(what)].join('; ') || 'no message in the response';
      return `Webex answered ${init.status} to ${call}: ${unique} ${tracking}`;
    }
    case 'TIMEOUT':
      return `Webex did not answer ${call} within ${init.timeoutMs ?? '?'} ms ${tracking}`;
    case 'NETWORK':
      return `Could not reach Webex for ${call}: ${init.detail ?? 'connection failed'} ${tracking}`;
    case 'INVALID_RESPONSE':
      return `Invalid response from Webex to ${call}: ${init.detail ?? 'unexpected body'} ${tracking}`;
  }
}
