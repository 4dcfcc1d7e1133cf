// /messages (reference §3.2, §3.3): create, get, delete, and list newest first. Bots see direct-room messages,
// group messages that mention them, and their own.
import { Router } from 'express';
import { type Caller, callerOf } from '../auth.js';
import type { RouteContext } from '../context.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import { createMessage, editMessage } from '../message-create.js';
import { paginate } from '../pagination.js';
import { queryString } from '../query.js';
import type { MessageRecord } from '../records.js';
import { membershipEvent, messageEvent, roomEvent } from '../webhook-events.js';

export function messagesRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { store } = ctx;

  const botCanSee = (caller: Caller, message: MessageRecord) =>
    caller.kind !== 'bot' ||
    message.roomType === 'direct' ||
    message.personId === caller.person.id ||
    (message.mentionedPeople ?? []).includes(caller.person.id);

  const visibleMessage = (caller: Caller, id: string): MessageRecord => {
    const message = store.messages.get(id);
    if (!message || !store.isMember(message.roomId, caller.person.id) || !botCanSee(caller, message)) {
      throw notFound('Could not find a message with provided ID.');
    }
    return message;
  };

  router.post('/messages', (req, res) => {
    const caller = callerOf(res);
    const { message, response, newRoom } = createMessage(store, caller.person, req.body);
    if (newRoom) {
      ctx.deliveries.dispatch(roomEvent(store, newRoom.room, caller.person.id));
      for (const m of newRoom.memberships)
        ctx.deliveries.dispatch(membershipEvent(store, m, 'created', caller.person.id));
    }
    ctx.deliveries.dispatch(messageEvent(store, message, 'created', caller.person.id));
    ctx.events.emit('message', structuredClone(message));
    res.json(response);
  });

  // Messages of the caller's 1:1 room with a person (reference §3.3), newest first. The spec gives this list no
  // max/start, so it is not paginated. Unknown person → 404; no 1:1 room yet → empty list.
  router.get('/messages/direct', (req, res) => {
    const caller = callerOf(res);
    const personId = queryString(req, 'personId');
    const personEmail = queryString(req, 'personEmail');
    if (!personId === !personEmail) throw badRequest('Provide exactly one of personId or personEmail.');
    const other = personId ? store.people.get(personId) : store.personByEmail(personEmail ?? '');
    if (!other) throw notFound('Person not found.');
    const room = store.directRoomBetween(caller.person.id, other.id);
    const parentId = queryString(req, 'parentId');
    const items = room
      ? [...store.messages.values()]
          .filter((m) => m.roomId === room.id && (!parentId || m.parentId === parentId))
          .reverse()
      : [];
    res.json({ items });
  });

  router.get('/messages/:messageId', (req, res) => {
    res.json(visibleMessage(callerOf(res), req.params.messageId));
  });

  router.put('/messages/:messageId', (req, res) => {
    const caller = callerOf(res);
    const message = visibleMessage(caller, req.params.messageId);
    editMessage(store, caller.person, message, req.body);
    ctx.events.emit('messageUpdated', structuredClone(message));
    res.json(message);
  });

  router.delete('/messages/:messageId', (req, res) => {
    const caller = callerOf(res);
    const message = visibleMessage(caller, req.params.messageId);
    const isModerator = store.membership(message.roomId, caller.person.id)?.isModerator === true;
    if (message.personId !== caller.person.id && !isModerator) {
      throw forbidden('Only the author or a moderator can delete this message.');
    }
    const evt = messageEvent(store, message, 'deleted', caller.person.id);
    store.messages.delete(message.id);
    ctx.deliveries.dispatch(evt);
    ctx.events.emit('messageDeleted', { id: message.id, roomId: message.roomId });
    res.status(204).end();
  });

  router.get('/messages', (req, res) => {
    const caller = callerOf(res);
    const roomId = queryString(req, 'roomId');
    if (!roomId) throw badRequest('roomId is required.');
    const room = store.rooms.get(roomId);
    if (!room || !store.isMember(roomId, caller.person.id))
      throw notFound('Could not find a room with provided ID.');
    const mentioned = queryString(req, 'mentionedPeople');
    if (mentioned !== undefined && mentioned !== 'me' && mentioned !== caller.person.id) {
      throw badRequest("mentionedPeople only accepts 'me' or the caller's person ID.");
    }
    if (caller.kind === 'bot' && room.type === 'group' && mentioned === undefined) {
      throw forbidden('Bots must list group room messages with mentionedPeople=me.');
    }
    let items = [...store.messages.values()].filter((m) => m.roomId === roomId).reverse();
    if (mentioned !== undefined)
      items = items.filter((m) => (m.mentionedPeople ?? []).includes(caller.person.id));
    const parentId = queryString(req, 'parentId');
    if (parentId) items = items.filter((m) => m.parentId === parentId);
    const before = queryString(req, 'before');
    if (before) {
      const limit = Date.parse(before);
      if (Number.isNaN(limit)) throw badRequest(`Invalid date for before: ${before}`);
      items = items.filter((m) => Date.parse(m.created) < limit);
    }
    const beforeMessage = queryString(req, 'beforeMessage');
    if (beforeMessage) {
      const index = items.findIndex((m) => m.id === beforeMessage);
      if (index < 0) throw badRequest('beforeMessage was not found in this room.');
      items = items.slice(index + 1);
    }
    const rules = mentioned !== undefined ? { maxLimit: 100 } : { maxLimit: 1000 };
    const page = paginate(req, res, items, { defaultMax: 50, ...rules, overLimit: 'reject' }, ctx.page);
    res.json({ items: page });
  });

  return router;
}
