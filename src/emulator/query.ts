// Query-string helpers. Express gives arrays for repeated keys; Webex reads the first value.
import type { Request } from 'express';
import { badRequest } from './errors.js';

export function queryString(req: Request, name: string): string | undefined {
  const value = req.query[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

export function queryBool(req: Request, name: string): boolean {
  return queryString(req, name)?.toLowerCase() === 'true';
}

/** A non-negative integer parameter; 400 when present but malformed. */
export function queryInt(req: Request, name: string, min: number): number | undefined {
  const raw = queryString(req, name);
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw badRequest(`Invalid value for parameter '${name}': ${raw}`);
  }
  return Number(raw);
}

/** All query parameters flattened to strings (first value wins), for logs and Link URLs. */
export function flatQuery(req: Request): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(req.query)) {
    const value = queryString(req, key);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
