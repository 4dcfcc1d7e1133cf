// /attachment/actions (reference §3.4; spec: POST answers 202 with the AttachmentActivity).
import { Router } from 'express';
import { callerOf } from '../auth.js';
import { jsonObject } from '../body.js';
import type { RouteContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { newId } from '../ids.js';
import type { AttachmentActionRecord } from '../records.js';
import { attachmentActionEvent } from '../webhook-events.js';

export function attachmentActionsRoutes(ctx: RouteContext): Router {
  const router = Router();
  const { store } = ctx;

  router.post('/attachment/actions', (req, res) => {
    const { person } = callerOf(res);
    const body = jsonObject(req.body);
    if (body.type !== 'submit') throw badRequest("type must be 'submit'.");
    if (typeof body.messageId !== 'string' || !body.messageId) throw badRequest('messageId is required.');
    if (!body.inputs || typeof body.inputs !== 'object' || Array.isArray(body.inputs)) {
      throw badRequest('inputs must be an object.');
    }
    const message = store.messages.get(body.messageId);
    if (!message) throw badRequest('messageId does not identify a message.');
    if (!store.isMember(message.roomId, person.id))
      throw notFound('Could not find a message with provided ID.');
    if (!message.attachments?.length) throw badRequest('The message has no card attachment.');
    const action: AttachmentActionRecord = {
      id: newId('ATTACHMENT_ACTION'),
      type: 'submit',
      messageId: message.id,
      inputs: structuredClone(body.inputs as Record<string, unknown>),
      personId: person.id,
      roomId: message.roomId,
      created: new Date().toISOString(),
    };
    store.attachmentActions.set(action.id, action);
    store.cardAuthors.set(action.id, message.personId);
    ctx.deliveries.dispatch(attachmentActionEvent(store, action, message.personId));
    ctx.events.emit('attachmentAction', structuredClone(action));
    res.status(202).json(action);
  });

  router.get('/attachment/actions/:id', (req, res) => {
    const { person } = callerOf(res);
    const action = store.attachmentActions.get(req.params.id);
    // Readable by the clicker and by the author of the card (kept even if the card message is deleted).
    const cardAuthor = action ? store.cardAuthors.get(action.id) : undefined;
    if (!action || (action.personId !== person.id && cardAuthor !== person.id)) {
      throw notFound('Could not find an attachment action with provided ID.');
    }
    res.json(action);
  });

  return router;
}
