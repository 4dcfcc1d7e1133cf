// Log of API requests and webhook deliveries (GET /_emulator/requests). Never holds tokens, secrets or bodies.
import type { NextFunction, Request, Response } from 'express';
import { identify } from './auth.js';
import { trackingIdOf } from './errors.js';
import { flatQuery } from './query.js';
import type { TokenKind } from './records.js';
import type { EmulatorStore } from './store.js';

export interface RequestLogEntry {
  /** 'api': a request to the emulator; 'delivery': a webhook POST made by the emulator. */
  kind: 'api' | 'delivery';
  method: string;
  /** API path (with /v1) or, for deliveries, the target URL. */
  path: string;
  query: Record<string, string>;
  /** HTTP status; 0 when the connection was dropped or the delivery failed before a response. */
  status: number;
  tokenKind: TokenKind;
  trackingId: string;
  at: string;
  webhookId?: string;
  resource?: string;
  event?: string;
  error?: string;
}

const MAX_ENTRIES = 10_000;

export class RequestLog {
  readonly entries: RequestLogEntry[] = [];

  record(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  clear(): void {
    this.entries.length = 0;
  }

  middleware(store: EmulatorStore) {
    return (req: Request, res: Response, next: NextFunction): void => {
      const at = new Date().toISOString();
      const tokenKind = identify(store, req, res)?.kind ?? 'none';
      const path = req.originalUrl.split('?')[0] ?? '';
      const query = flatQuery(req);
      res.on('close', () => {
        this.record({
          kind: 'api',
          method: req.method,
          path,
          query,
          status: res.writableFinished ? res.statusCode : 0,
          tokenKind,
          trackingId: trackingIdOf(res),
          at,
        });
      });
      next();
    };
  }
}
