// /rooms (reference §3.6): the caller's rooms only; direct rooms are titled with the other person's name.
import { Router } from 'express';
import { callerOf } from '../auth.js';
import { jsonObject } from '../body.js';
import type { RouteContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { paginate } from '../pagination.js';
import { queryString } from '../query.js';
import type { RoomRecord } from '../records.js';
import { roomView } from '../views.js';
import { membershipEvent, roomEvent } from '../webhook-events.js';

export function roomsRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { store } = ctx;

  router.get('/rooms', (req, res) => {
    const { person } = callerOf(res);
    const type = queryString(req, 'type');
    if (type !== undefined && type !== 'direct' && type !== 'group')
      throw badRequest(`Invalid room type: ${type}`);
    const sortBy = queryString(req, 'sortBy');
    if (sortBy !== undefined && !['id', 'lastactivity', 'created'].includes(sortBy)) {
      throw badRequest(`Invalid sortBy: ${sortBy}`);
    }
    let rooms = [...store.rooms.values()].filter(
      (r) => store.isMember(r.id, person.id) && (!type || r.type === type),
    );
    rooms = sortRooms(rooms, sortBy);
    const page = paginate(
      req,
      res,
      rooms,
      { defaultMax: 100, maxLimit: 1000, overLimit: 'reject' },
      ctx.page,
    );
    res.json({ items: page.map((r) => roomView(store, r, person.id)) });
  });

  router.get('/rooms/:roomId', (req, res) => {
    const { person } = callerOf(res);
    const room = store.rooms.get(req.params.roomId);
    if (!room || !store.isMember(room.id, person.id))
      throw notFound('Could not find a room with provided ID.');
    res.json(roomView(store, room, person.id));
  });

  router.post('/rooms', (req, res) => {
    const { person } = callerOf(res);
    const body = jsonObject(req.body);
    if (typeof body.title !== 'string' || body.title.trim() === '') throw badRequest('title is required.');
    if (body.isLocked !== undefined && typeof body.isLocked !== 'boolean')
      throw badRequest('isLocked must be a boolean.');
    const room = store.createRoom('group', body.title, person.id);
    room.isLocked = body.isLocked === true;
    const membership = store.addMembership(room.id, person.id, room.isLocked);
    ctx.deliveries.dispatch(roomEvent(store, room, person.id));
    ctx.deliveries.dispatch(membershipEvent(store, membership, 'created', person.id));
    res.json(roomView(store, room, person.id));
  });

  return router;
}

function sortRooms(rooms: RoomRecord[], sortBy: string | undefined): RoomRecord[] {
  if (sortBy === 'id') return rooms.sort((a, b) => a.id.localeCompare(b.id));
  if (sortBy === 'lastactivity') return rooms.sort((a, b) => b.lastActivity.localeCompare(a.lastActivity));
  if (sortBy === 'created') return rooms.sort((a, b) => b.created.localeCompare(a.created));
  return rooms;
}
