// /memberships (reference §3.6): list (own, or a room's when roomId is given), get, add, remove.
import { Router } from 'express';
import { callerOf } from '../auth.js';
import { jsonObject } from '../body.js';
import type { RouteContext } from '../context.js';
import { badRequest, conflict, forbidden, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { queryString } from '../query.js';
import type { MembershipRecord } from '../records.js';
import { membershipView } from '../views.js';
import { membershipEvent } from '../webhook-events.js';

export function membershipsRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { store } = ctx;

  const visibleMembership = (id: string, personId: string): MembershipRecord => {
    const membership = store.memberships.get(id);
    if (!membership || !store.isMember(membership.roomId, personId)) throw notFound('Membership not found.');
    return membership;
  };

  router.get('/memberships', (req, res) => {
    const { person } = callerOf(res);
    const roomId = queryString(req, 'roomId');
    const personId = queryString(req, 'personId');
    const personEmail = queryString(req, 'personEmail');
    if ((personId || personEmail) && !roomId) {
      throw badRequest('The roomId parameter is required when using personId or personEmail.');
    }
    let items: MembershipRecord[];
    if (roomId) {
      if (!store.rooms.has(roomId) || !store.isMember(roomId, person.id)) {
        throw notFound('Could not find a room with provided ID.');
      }
      items = store.roomMemberships(roomId);
      if (personId) items = items.filter((m) => m.personId === personId);
      if (personEmail) {
        const wanted = personEmail.toLowerCase();
        items = items.filter((m) =>
          store.people.get(m.personId)?.emails.some((e) => e.toLowerCase() === wanted),
        );
      }
    } else {
      items = [...store.memberships.values()].filter((m) => m.personId === person.id);
    }
    const page = paginate(
      req,
      res,
      items,
      { defaultMax: 100, maxLimit: 1000, overLimit: 'reject' },
      ctx.page,
    );
    res.json({ items: page.map((m) => membershipView(store, m)) });
  });

  router.get('/memberships/:membershipId', (req, res) => {
    const { person } = callerOf(res);
    res.json(membershipView(store, visibleMembership(req.params.membershipId, person.id)));
  });

  router.post('/memberships', (req, res) => {
    const { person } = callerOf(res);
    const body = jsonObject(req.body);
    if (typeof body.roomId !== 'string' || !body.roomId) throw badRequest('roomId is required.');
    const room = store.rooms.get(body.roomId);
    if (!room || !store.isMember(room.id, person.id))
      throw notFound('Could not find a room with provided ID.');
    if (room.type === 'direct') throw badRequest('Members cannot be added to a 1:1 space.');
    if (body.isModerator !== undefined && typeof body.isModerator !== 'boolean') {
      throw badRequest('isModerator must be a boolean.');
    }
    const member =
      typeof body.personId === 'string'
        ? store.people.get(body.personId)
        : typeof body.personEmail === 'string'
          ? store.personByEmail(body.personEmail)
          : undefined;
    if (body.personId === undefined && body.personEmail === undefined) {
      throw badRequest('personId or personEmail is required.');
    }
    if (!member) throw notFound('Person not found.');
    if (store.isMember(room.id, member.id)) throw conflict('The person is already a member of this room.');
    const membership = store.addMembership(room.id, member.id, body.isModerator === true);
    ctx.deliveries.dispatch(membershipEvent(store, membership, 'created', person.id));
    res.json(membershipView(store, membership));
  });

  router.delete('/memberships/:membershipId', (req, res) => {
    const { person } = callerOf(res);
    const membership = visibleMembership(req.params.membershipId, person.id);
    const room = store.rooms.get(membership.roomId);
    if (room?.type === 'direct') throw forbidden('Members cannot be removed from a 1:1 space.');
    const mine = store.membership(membership.roomId, person.id);
    if (room?.isLocked && membership.personId !== person.id && !mine?.isModerator) throw forbidden();
    // Built first, so the removed member is still in the audience (as messages.ts does for deletions).
    const evt = membershipEvent(store, membership, 'deleted', person.id);
    store.memberships.delete(membership.id);
    ctx.deliveries.dispatch(evt);
    res.status(204).end();
  });

  return router;
}
