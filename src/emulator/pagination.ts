// RFC 5988 pagination (reference §1.3): `max` and `start` (offset); `Link: <url>; rel="next"` while more remain.
// The page size is also capped by the emulator's pageCap, which forces clients to follow Link.
import type { Request, Response } from 'express';
import { badRequest } from './errors.js';
import { flatQuery, queryInt } from './query.js';

export interface PageRules {
  defaultMax: number;
  /** Largest accepted `max`. */
  maxLimit?: number;
  /** Over maxLimit: 'reject' answers 400 (e.g. rooms: "between 1 and 1000"), 'clamp' silently lowers it. */
  overLimit?: 'reject' | 'clamp';
}

export interface PageContext {
  /** Emulator origin, e.g. http://127.0.0.1:4010 */
  origin: string;
  pageCap: number;
}

export function paginate<T>(
  req: Request,
  res: Response,
  items: T[],
  rules: PageRules,
  ctx: PageContext,
): T[] {
  let max = queryInt(req, 'max', 1) ?? rules.defaultMax;
  if (rules.maxLimit !== undefined && max > rules.maxLimit) {
    if (rules.overLimit === 'clamp') max = rules.maxLimit;
    else throw badRequest(`max must be between 1 and ${rules.maxLimit}.`);
  }
  const start = queryInt(req, 'start', 0) ?? 0;
  const size = Math.min(max, ctx.pageCap);
  const page = items.slice(start, start + size);
  if (start + size < items.length) {
    const params = new URLSearchParams(flatQuery(req));
    params.set('start', String(start + size));
    const path = req.originalUrl.split('?')[0] ?? '';
    res.setHeader('Link', `<${ctx.origin}${path}?${params.toString()}>; rel="next"`);
  }
  return page;
}
