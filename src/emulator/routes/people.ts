// /people (reference §3.1, §3.6): me, by id, and list by email / displayName prefix / ids / location.
import { Router } from 'express';
import { callerOf, checkOrgId } from '../auth.js';
import type { RouteContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { queryBool, queryString } from '../query.js';
import type { PersonRecord } from '../records.js';
import { personView } from '../views.js';

const MAX_IDS = 85;

export function peopleRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { store } = ctx;

  router.get('/people/me', (req, res) => {
    const { person, kind } = callerOf(res);
    res.json(
      personView(person, { presence: true, callingData: kind === 'admin' && queryBool(req, 'callingData') }),
    );
  });

  router.get('/people/:personId', (req, res) => {
    const { kind } = callerOf(res);
    const person = store.people.get(req.params.personId);
    if (!person) throw notFound('Person not found.');
    res.json(
      personView(person, { presence: true, callingData: kind === 'admin' && queryBool(req, 'callingData') }),
    );
  });

  router.get('/people', (req, res) => {
    const caller = callerOf(res);
    checkOrgId(req, res);
    const isAdmin = caller.kind === 'admin';
    const email = queryString(req, 'email');
    const displayName = queryString(req, 'displayName');
    const idList = queryString(req, 'id');
    const locationId = isAdmin ? queryString(req, 'locationId') : undefined;
    const callingData = isAdmin && queryBool(req, 'callingData');
    if (!isAdmin && !email && !displayName && !idList) {
      throw badRequest('Email, displayName, or id list should be specified.');
    }

    if (idList !== undefined) {
      const ids = [...new Set(idList.split(',').map((id) => id.trim()))].filter(Boolean);
      if (ids.length > MAX_IDS) throw badRequest(`At most ${MAX_IDS} person IDs may be given.`);
      const found: PersonRecord[] = [];
      const notFoundIds: string[] = [];
      for (const id of ids) {
        const person = store.people.get(id);
        if (person) found.push(person);
        else notFoundIds.push(id);
      }
      const items = paginate(
        req,
        res,
        found,
        { defaultMax: 100, maxLimit: 100, overLimit: 'clamp' },
        ctx.page,
      );
      res.json({ items: items.map((p) => personView(p, { callingData })), notFoundIds });
      return;
    }

    // Email and name searches only cover the caller's own org (reference §3.6).
    const showAllTypes = queryBool(req, 'showAllTypes');
    let people = [...store.people.values()].filter((p) => p.orgId === caller.person.orgId);
    if (email)
      people = people.filter((p) => p.emails.some((e) => e.toLowerCase() === email.trim().toLowerCase()));
    else if (!showAllTypes) people = people.filter((p) => p.type === 'person');
    if (displayName) {
      const prefix = displayName.toLowerCase();
      people = people.filter((p) => p.displayName.toLowerCase().startsWith(prefix));
    }
    if (locationId) people = people.filter((p) => p.calling?.locationId === locationId);
    people.sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id));
    const limit = locationId ? 50 : callingData ? 100 : 1000;
    const items = paginate(
      req,
      res,
      people,
      { defaultMax: Math.min(100, limit), maxLimit: limit, overLimit: 'clamp' },
      ctx.page,
    );
    res.json({ items: items.map((p) => personView(p, { callingData, presence: true })) });
  });

  return router;
}
