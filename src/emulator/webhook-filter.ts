// Which webhooks see an event: resource/event match (with the `all` firehose), the owner's visibility
// (room membership; bots only see group messages that mention them; card clicks go to the card's author)
// and the webhook's `filter` (reference §3.5).
import { badRequest } from './errors.js';
import type { PersonRecord, WebhookRecord } from './records.js';

export interface WebhookEvent {
  resource: 'messages' | 'memberships' | 'attachmentActions' | 'rooms';
  /** The emulator raises only these; `updated` is accepted on webhooks but never sent (the reference names no such event). */
  event: 'created' | 'deleted';
  actorId: string;
  /** The envelope's `data`. */
  data: Record<string, unknown>;
  roomId: string;
  roomType: 'direct' | 'group';
  /** People who may receive the event (room members at the time of the event). */
  audience: string[];
  personId?: string;
  personEmail?: string;
  mentionedPeople?: string[];
  messageId?: string;
  /** attachmentActions: author of the message that carries the card (the only recipient). */
  cardAuthorId?: string;
  /** messages: author of the message (a bot always sees its own messages). */
  authorId?: string;
  hasFiles?: boolean;
  hasAttachments?: boolean;
  isModerator?: boolean;
  /** rooms: whether the room is locked (moderated). */
  isLocked?: boolean;
}

/** The firehose (`all`) covers memberships, messages and rooms, not attachmentActions. */
const FIREHOSE = new Set(['memberships', 'messages', 'rooms']);

export const WEBHOOK_RESOURCES = [
  'attachmentActions',
  'dataSources',
  'memberships',
  'messages',
  'rooms',
  'meetings',
  'recordings',
  'convergedRecordings',
  'meetingParticipants',
  'meetingTranscripts',
  'telephony_calls',
  'telephony_conference',
  'telephony_mwi',
  'uc_counters',
  'serviceApp',
  'adminBatchJobs',
  'all',
];

export const WEBHOOK_EVENTS = [
  'created',
  'updated',
  'deleted',
  'started',
  'ended',
  'joined',
  'left',
  'migrated',
  'authorized',
  'deauthorized',
  'statusChanged',
  'all',
];

const FILTER_KEYS: Record<string, string[]> = {
  messages: [
    'roomId',
    'roomType',
    'personId',
    'personEmail',
    'mentionedPeople',
    'hasFiles',
    'hasAttachments',
  ],
  memberships: ['roomId', 'personId', 'personEmail', 'isModerator'],
  attachmentActions: ['messageId', 'personId', 'personEmail', 'roomId'],
  rooms: ['type', 'isLocked'],
};
FILTER_KEYS.all = [...new Set([...(FILTER_KEYS.messages ?? []), ...(FILTER_KEYS.memberships ?? []), 'type'])];

/** 400 for filters that name a key this resource cannot be filtered on. */
export function validateFilter(resource: string, filter: string): void {
  const allowed = FILTER_KEYS[resource];
  for (const [key, value] of new URLSearchParams(filter)) {
    if (!value) throw badRequest(`Invalid filter: '${key}' has no value.`);
    if (allowed && !allowed.includes(key))
      throw badRequest(`Invalid filter: '${key}' is not supported for ${resource}.`);
  }
}

export function matchesResource(webhook: WebhookRecord, evt: WebhookEvent): boolean {
  const resourceOk =
    webhook.resource === evt.resource || (webhook.resource === 'all' && FIREHOSE.has(evt.resource));
  return resourceOk && (webhook.event === 'all' || webhook.event === evt.event);
}

export function visibleTo(owner: PersonRecord, evt: WebhookEvent): boolean {
  if (!evt.audience.includes(owner.id)) return false;
  if (evt.resource === 'attachmentActions') return evt.cardAuthorId === owner.id;
  if (evt.resource === 'messages' && owner.type === 'bot' && evt.roomType === 'group') {
    return evt.authorId === owner.id || (evt.mentionedPeople ?? []).includes(owner.id);
  }
  return true;
}

export function passesFilter(webhook: WebhookRecord, owner: PersonRecord, evt: WebhookEvent): boolean {
  if (!webhook.filter) return true;
  for (const [key, value] of new URLSearchParams(webhook.filter)) {
    if (!filterKeyMatches(key, value, owner, evt)) return false;
  }
  return true;
}

function filterKeyMatches(key: string, value: string, owner: PersonRecord, evt: WebhookEvent): boolean {
  switch (key) {
    case 'roomId':
      return evt.roomId === value;
    case 'roomType':
    case 'type':
      return evt.roomType === value;
    case 'personId':
      return evt.personId === value;
    case 'personEmail':
      return evt.personEmail?.toLowerCase() === value.toLowerCase();
    case 'mentionedPeople': {
      const wanted = value.split(',').map((v) => (v === 'me' ? owner.id : v));
      return wanted.some((id) => (evt.mentionedPeople ?? []).includes(id));
    }
    case 'messageId':
      return evt.messageId === value;
    case 'hasFiles':
      return String(evt.hasFiles === true) === value;
    case 'hasAttachments':
      return String(evt.hasAttachments === true) === value;
    case 'isModerator':
      return String(evt.isModerator === true) === value;
    case 'isLocked':
      return String(evt.isLocked === true) === value;
    default:
      return false;
  }
}
