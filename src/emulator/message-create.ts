// POST /messages rules (reference §3.2): exactly one destination, 7439-byte text/markdown, one Adaptive Card,
// parentId in the same room, sender must be in the room. Direct destinations create the 1:1 room if needed.
import type { AdaptiveCardAttachment, Message } from '../webex/types.js';
import { jsonObject, optionalString } from './body.js';
import { ApiError, badRequest, forbidden, notFound } from './errors.js';
import { newId } from './ids.js';
import { renderMarkdown } from './markdown.js';
import type { MembershipRecord, MessageRecord, PersonRecord, RoomRecord } from './records.js';
import type { EmulatorStore } from './store.js';

export const MAX_MESSAGE_BYTES = 7439;
export const MAX_EDITS = 10;
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface CreatedMessage {
  message: MessageRecord;
  /** The POST response: the message plus toPersonId/toPersonEmail when those were the destination. */
  response: Message;
  /** Set when a 1:1 room had to be created for toPersonId/toPersonEmail. */
  newRoom?: { room: RoomRecord; memberships: MembershipRecord[] };
}

export function createMessage(store: EmulatorStore, sender: PersonRecord, input: unknown): CreatedMessage {
  const body = jsonObject(input);
  const text = optionalString(body, 'text');
  const markdown = optionalString(body, 'markdown');
  const parentId = optionalString(body, 'parentId');
  checkLengths(text, markdown);
  const files = validateFiles(body.files);
  const attachments = validateAttachments(body.attachments);
  if (!text && !markdown && !files && !attachments) {
    throw badRequest('Message must contain text, markdown, files or attachments.');
  }

  const { room, newRoom, toPerson } = resolveDestination(store, sender, body);
  if (parentId !== undefined) {
    const parent = store.messages.get(parentId);
    if (!parent || parent.roomId !== room.id)
      throw badRequest('The parent message was not found in this room.');
  }

  const rendered = markdown !== undefined ? render(store, markdown) : undefined;
  const plain = text ?? rendered?.text;
  const created = new Date().toISOString();
  const message: MessageRecord = {
    id: newId('MESSAGE'),
    ...(parentId ? { parentId } : {}),
    roomId: room.id,
    roomType: room.type,
    ...(plain !== undefined ? { text: plain } : {}),
    ...(markdown !== undefined ? { markdown } : {}),
    ...(rendered ? { html: rendered.html } : {}),
    ...(files ? { files } : {}),
    personId: sender.id,
    personEmail: sender.emails[0] ?? '',
    ...(rendered?.mentionedPeople.length ? { mentionedPeople: rendered.mentionedPeople } : {}),
    ...(rendered?.mentionedGroups.length && room.type === 'group'
      ? { mentionedGroups: rendered.mentionedGroups }
      : {}),
    ...(attachments ? { attachments } : {}),
    created,
  };
  store.messages.set(message.id, message);
  room.lastActivity = created;

  const { id, parentId: parent, roomId, roomType, ...rest } = message;
  const response: Message = {
    id,
    ...(parent ? { parentId: parent } : {}),
    roomId,
    roomType,
    ...(toPerson && typeof body.toPersonId === 'string' ? { toPersonId: toPerson.id } : {}),
    ...(toPerson && typeof body.toPersonEmail === 'string' ? { toPersonEmail: body.toPersonEmail } : {}),
    ...rest,
  };
  return { message, response, ...(newRoom ? { newRoom } : {}) };
}

/**
 * PUT /messages/{id} (reference §3.3): the author edits text/markdown, `roomId` required; messages with files
 * or cards cannot be edited; at most 10 edits.
 */
export function editMessage(
  store: EmulatorStore,
  editor: PersonRecord,
  message: MessageRecord,
  input: unknown,
): void {
  const body = jsonObject(input);
  if (message.personId !== editor.id) throw forbidden('Only the author can edit a message.');
  if (body.roomId !== message.roomId)
    throw badRequest('roomId is required and must be the room of the message.');
  if (message.attachments?.length || message.files?.length) {
    throw badRequest('Editing messages with files or attachments is unsupported.');
  }
  const text = optionalString(body, 'text');
  const markdown = optionalString(body, 'markdown');
  if (!text && !markdown) throw badRequest('text or markdown is required.');
  checkLengths(text, markdown);
  const edits = (store.messageEdits.get(message.id) ?? 0) + 1;
  if (edits > MAX_EDITS) throw badRequest(`A message can be edited at most ${MAX_EDITS} times.`);
  store.messageEdits.set(message.id, edits);
  const rendered = markdown !== undefined ? render(store, markdown) : undefined;
  const plain = text ?? rendered?.text;
  delete message.markdown;
  delete message.html;
  delete message.mentionedPeople;
  delete message.mentionedGroups;
  Object.assign(message, {
    ...(plain !== undefined ? { text: plain } : {}),
    ...(markdown !== undefined ? { markdown } : {}),
    ...(rendered ? { html: rendered.html } : {}),
    ...(rendered?.mentionedPeople.length ? { mentionedPeople: rendered.mentionedPeople } : {}),
    updated: new Date().toISOString(),
  });
}

function render(store: EmulatorStore, markdown: string) {
  return renderMarkdown(markdown, (kind, value) => {
    const person = kind === 'personId' ? store.people.get(value) : store.personByEmail(value);
    return person ? { id: person.id, displayName: person.displayName } : undefined;
  });
}

function checkLengths(text: string | undefined, markdown: string | undefined): void {
  for (const [field, value] of [
    ['text', text],
    ['markdown', markdown],
  ] as const) {
    if (value !== undefined && Buffer.byteLength(value, 'utf8') > MAX_MESSAGE_BYTES) {
      throw badRequest(`The ${field} exceeds the maximum message length of ${MAX_MESSAGE_BYTES} bytes.`);
    }
  }
}

function validateFiles(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((f) => typeof f !== 'string'))
    throw badRequest('files must be an array of URLs.');
  if (value.length > 1) throw badRequest('Only one file is allowed per message.');
  return value.length ? [...(value as string[])] : undefined;
}

function validateAttachments(value: unknown): AdaptiveCardAttachment[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw badRequest('attachments must be an array.');
  if (value.length === 0) return undefined;
  if (value.length > 1) throw badRequest('Only one card per message is supported.');
  const attachment = value[0] as Record<string, unknown> | null;
  if (!attachment || typeof attachment !== 'object' || attachment.contentType !== CARD_CONTENT_TYPE) {
    throw badRequest(`Unsupported attachment: contentType must be ${CARD_CONTENT_TYPE}.`);
  }
  const content = attachment.content;
  if (!content || typeof content !== 'object' || Array.isArray(content)) {
    throw badRequest('The attachment content must be an Adaptive Card object.');
  }
  const card = content as Record<string, unknown>;
  // The spec's AdaptiveCard schema requires `type` and `version`.
  if (card.type !== 'AdaptiveCard' || typeof card.version !== 'string') {
    throw badRequest('The attachment content must be an AdaptiveCard with type and version.');
  }
  return [{ contentType: CARD_CONTENT_TYPE, content: structuredClone(card) }];
}

function resolveDestination(
  store: EmulatorStore,
  sender: PersonRecord,
  body: Record<string, unknown>,
): { room: RoomRecord; newRoom?: CreatedMessage['newRoom']; toPerson?: PersonRecord } {
  const given = (['roomId', 'toPersonId', 'toPersonEmail'] as const).filter(
    (key) => body[key] !== undefined && body[key] !== null && body[key] !== '',
  );
  if (given.length !== 1) {
    throw badRequest(
      'Message destination could not be determined. Provide only one destination in the roomId, toPersonEmail, or toPersonId field',
    );
  }
  const key = given[0] as 'roomId' | 'toPersonId' | 'toPersonEmail';
  const value = body[key];
  if (typeof value !== 'string') throw badRequest(`${key} must be a string.`);

  if (key === 'roomId') {
    const room = store.rooms.get(value);
    if (!room) throw notFound('Could not find a room with provided ID.');
    if (!store.isMember(room.id, sender.id)) throw forbidden('The sender is not a member of this room.');
    return { room };
  }
  const toPerson = key === 'toPersonId' ? store.people.get(value) : store.personByEmail(value);
  if (!toPerson) throw notFound('Could not find the person for the direct message.');
  if (toPerson.id === sender.id) throw new ApiError(400, 'A direct message cannot be sent to yourself.');
  const existing = store.directRoomBetween(sender.id, toPerson.id);
  if (existing) return { room: existing, toPerson };
  const room = store.createRoom('direct', '', sender.id);
  const memberships = [store.addMembership(room.id, sender.id), store.addMembership(room.id, toPerson.id)];
  return { room, toPerson, newRoom: { room, memberships } };
}
