// Bearer token → demo person. Unknown or missing tokens get 401; admin-only APIs (telephony, locations) get 403
// for bots and plain users, as Webex does for tokens without the admin role (reference §1.2).
import type { NextFunction, Request, Response } from 'express';
import { ApiError, forbidden, STATUS_MESSAGES } from './errors.js';
import type { PersonRecord, TokenKind } from './records.js';
import type { EmulatorStore } from './store.js';

export interface Caller {
  person: PersonRecord;
  kind: Exclude<TokenKind, 'none'>;
}

export function bearerToken(req: Request): string | undefined {
  const header = req.get('Authorization');
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

export function kindOf(person: PersonRecord): Caller['kind'] {
  if (person.type === 'bot') return 'bot';
  return person.isAdmin ? 'admin' : 'user';
}

/**
 * Resolves the caller without rejecting (request log, faults, optional auth). Looked up once per request and
 * kept in `res.locals.identified` (null: no or unknown token), so the middlewares after the first reuse it.
 */
export function identify(store: EmulatorStore, req: Request, res: Response): Caller | undefined {
  if (res.locals.identified === undefined) {
    const token = bearerToken(req);
    const person = token ? store.personByToken(token) : undefined;
    res.locals.identified = person ? { person, kind: kindOf(person) } : null;
  }
  return (res.locals.identified as Caller | null) ?? undefined;
}

export function authenticate(store: EmulatorStore) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const caller = identify(store, req, res);
    if (!caller) throw new ApiError(401, STATUS_MESSAGES[401] ?? 'Unauthorized');
    res.locals.caller = caller;
    next();
  };
}

export function callerOf(res: Response): Caller {
  const caller = res.locals.caller as Caller | undefined;
  if (!caller) throw new ApiError(401, STATUS_MESSAGES[401] ?? 'Unauthorized');
  return caller;
}

export function requireAdmin(_req: Request, res: Response, next: NextFunction): void {
  if (callerOf(res).kind !== 'admin') throw forbidden();
  next();
}

/**
 * `orgId` query parameter (partner admins): only the caller's own org is known here. Another or unknown org
 * answers 403 (the caller holds no role there).
 */
export function checkOrgId(req: Request, res: Response): void {
  const orgId = req.query.orgId;
  if (orgId === undefined) return;
  if (typeof orgId !== 'string' || orgId !== callerOf(res).person.orgId) throw forbidden();
}
