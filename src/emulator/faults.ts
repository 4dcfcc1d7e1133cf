// Fault injection for the /v1 API: error statuses (with Retry-After), latency and dropped connections,
// each for a number of matching requests. Matching is on the path after /v1 (prefix string or RegExp).
import { setTimeout as sleep } from 'node:timers/promises';
import type { NextFunction, Request, Response } from 'express';
import { identify } from './auth.js';
import { jsonObject } from './body.js';
import { badRequest, sendError } from './errors.js';
import type { TokenKind } from './records.js';
import type { EmulatorStore } from './store.js';

const TOKEN_KINDS: readonly TokenKind[] = ['bot', 'admin', 'user', 'none'];

export interface FaultSpec {
  method?: string;
  /** Prefix of the path after /v1 (e.g. '/telephony/config/paging'), or a RegExp tested against it. */
  path: string | RegExp;
  status?: number;
  /** Retry-After header value: seconds or an HTTP date. */
  retryAfter?: string;
  /** How many matching requests to affect (default: all). */
  times?: number;
  latencyMs?: number;
  /** Destroy the socket without answering. */
  drop?: boolean;
  /** Only requests made with this kind of token (e.g. 'bot': fail the bot's replies, not the person's message). */
  tokenKind?: TokenKind;
}

/** JSON view of a fault (GET /_emulator/faults). `remaining` is null for unlimited. */
export interface FaultInfo {
  id: string;
  method?: string;
  path?: string;
  pathRegex?: string;
  status?: number;
  retryAfter?: string;
  latencyMs?: number;
  drop?: boolean;
  tokenKind?: TokenKind;
  remaining: number | null;
  hits: number;
}

interface Fault {
  id: string;
  spec: FaultSpec;
  remaining: number;
  hits: number;
}

export class FaultInjector {
  private faults: Fault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): string {
    validateFault(spec);
    const id = `fault-${this.nextId++}`;
    this.faults.push({ id, spec, remaining: spec.times ?? Number.POSITIVE_INFINITY, hits: 0 });
    return id;
  }

  remove(id: string): boolean {
    const before = this.faults.length;
    this.faults = this.faults.filter((f) => f.id !== id);
    return this.faults.length !== before;
  }

  clear(): void {
    this.faults = [];
  }

  list(): FaultInfo[] {
    return this.faults.map(({ id, spec, remaining, hits }) => ({
      id,
      ...(spec.method ? { method: spec.method.toUpperCase() } : {}),
      ...(typeof spec.path === 'string' ? { path: spec.path } : { pathRegex: spec.path.source }),
      ...(spec.status !== undefined ? { status: spec.status } : {}),
      ...(spec.retryAfter !== undefined ? { retryAfter: spec.retryAfter } : {}),
      ...(spec.latencyMs !== undefined ? { latencyMs: spec.latencyMs } : {}),
      ...(spec.drop ? { drop: true } : {}),
      ...(spec.tokenKind ? { tokenKind: spec.tokenKind } : {}),
      remaining: Number.isFinite(remaining) ? remaining : null,
      hits,
    }));
  }

  /** The first fault matching this request, consuming one of its `times`. */
  take(method: string, path: string, tokenKind: TokenKind = 'none'): FaultSpec | undefined {
    const fault = this.faults.find((f) => matches(f.spec, method, path, tokenKind));
    if (!fault) return undefined;
    fault.hits++;
    fault.remaining--;
    if (fault.remaining <= 0) this.remove(fault.id);
    return fault.spec;
  }

  middleware(store: EmulatorStore) {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      const fault = this.take(req.method, req.path, identify(store, req, res)?.kind ?? 'none');
      if (!fault) return next();
      if (fault.latencyMs) {
        // Stop waiting if the client gives up, so no timer outlives the request.
        const gone = new AbortController();
        res.once('close', () => gone.abort());
        const waited = await sleep(fault.latencyMs, true, { signal: gone.signal }).catch(() => false);
        if (!waited) return;
      }
      if (fault.drop) {
        req.socket.destroy();
        return;
      }
      if (fault.status !== undefined) {
        if (fault.retryAfter !== undefined) res.setHeader('Retry-After', fault.retryAfter);
        sendError(res, fault.status);
        return;
      }
      next();
    };
  }
}

function matches(spec: FaultSpec, method: string, path: string, tokenKind: TokenKind): boolean {
  if (spec.method && spec.method.toUpperCase() !== method.toUpperCase()) return false;
  if (spec.tokenKind && spec.tokenKind !== tokenKind) return false;
  return typeof spec.path === 'string' ? path.startsWith(spec.path) : spec.path.test(path);
}

function validateFault(spec: FaultSpec): void {
  if (typeof spec.path !== 'string' && !(spec.path instanceof RegExp))
    throw badRequest('fault.path is required');
  if (
    spec.status !== undefined &&
    !(Number.isInteger(spec.status) && spec.status >= 200 && spec.status <= 599)
  ) {
    throw badRequest('fault.status must be an HTTP status code');
  }
  if (spec.times !== undefined && !(Number.isInteger(spec.times) && spec.times >= 1)) {
    throw badRequest('fault.times must be a positive integer');
  }
  if (spec.latencyMs !== undefined && !(Number.isFinite(spec.latencyMs) && spec.latencyMs >= 0)) {
    throw badRequest('fault.latencyMs must be a non-negative number');
  }
  if (spec.status === undefined && !spec.drop && spec.latencyMs === undefined) {
    throw badRequest('fault needs status, latencyMs or drop');
  }
}

/** Builds a FaultSpec from the JSON of POST /_emulator/faults (`pathRegex` carries a RegExp source). */
export function faultFromJson(body: unknown): FaultSpec {
  const b = jsonObject(body);
  const optional = <T>(key: string, type: 'string' | 'number' | 'boolean'): T | undefined => {
    if (b[key] === undefined || b[key] === null) return undefined;
    if (typeof b[key] !== type) throw badRequest(`fault.${key} must be a ${type}`);
    return b[key] as T;
  };
  let path: string | RegExp;
  const pathRegex = optional<string>('pathRegex', 'string');
  if (pathRegex !== undefined) {
    try {
      path = new RegExp(pathRegex);
    } catch {
      throw badRequest('fault.pathRegex is not a valid regular expression');
    }
  } else {
    path = optional<string>('path', 'string') ?? '/';
  }
  const spec: FaultSpec = { path };
  const method = optional<string>('method', 'string');
  const status = optional<number>('status', 'number');
  const retryAfter = b.retryAfter === undefined || b.retryAfter === null ? undefined : String(b.retryAfter);
  const times = optional<number>('times', 'number');
  const latencyMs = optional<number>('latencyMs', 'number');
  const drop = optional<boolean>('drop', 'boolean');
  const tokenKind = optional<string>('tokenKind', 'string');
  if (tokenKind !== undefined && !TOKEN_KINDS.includes(tokenKind as TokenKind)) {
    throw badRequest(`fault.tokenKind must be one of ${TOKEN_KINDS.join(', ')}`);
  }
  if (method !== undefined) spec.method = method;
  if (status !== undefined) spec.status = status;
  if (retryAfter !== undefined) spec.retryAfter = retryAfter;
  if (times !== undefined) spec.times = times;
  if (latencyMs !== undefined) spec.latencyMs = latencyMs;
  if (drop !== undefined) spec.drop = drop;
  if (tokenKind !== undefined) spec.tokenKind = tokenKind as TokenKind;
  return spec;
}
