// Builds webhook events from stored resources. `data` holds metadata only, like Webex: no message text and
// no card inputs (reference §3.5), so receivers must GET the resource.
import type { AttachmentActionRecord, MembershipRecord, MessageRecord, RoomRecord } from './records.js';
import type { EmulatorStore } from './store.js';
import { membershipView } from './views.js';
import type { WebhookEvent } from './webhook-filter.js';

const membersOf = (store: EmulatorStore, roomId: string) =>
  store.roomMemberships(roomId).map((m) => m.personId);

export function messageEvent(
  store: EmulatorStore,
  message: MessageRecord,
  event: 'created' | 'deleted',
  actorId: string,
): WebhookEvent {
  return {
    resource: 'messages',
    event,
    actorId,
    data: {
      id: message.id,
      roomId: message.roomId,
      roomType: message.roomType,
      personId: message.personId,
      personEmail: message.personEmail,
      ...(message.mentionedPeople?.length ? { mentionedPeople: [...message.mentionedPeople] } : {}),
      created: message.created,
    },
    roomId: message.roomId,
    roomType: message.roomType,
    audience: membersOf(store, message.roomId),
    personId: message.personId,
    personEmail: message.personEmail,
    mentionedPeople: message.mentionedPeople ?? [],
    authorId: message.personId,
    hasFiles: (message.files?.length ?? 0) > 0,
    hasAttachments: (message.attachments?.length ?? 0) > 0,
  };
}

export function attachmentActionEvent(
  store: EmulatorStore,
  action: AttachmentActionRecord,
  cardAuthorId: string,
): WebhookEvent {
  const room = store.rooms.get(action.roomId);
  const person = store.people.get(action.personId);
  return {
    resource: 'attachmentActions',
    event: 'created',
    actorId: action.personId,
    data: {
      id: action.id,
      type: action.type,
      messageId: action.messageId,
      personId: action.personId,
      roomId: action.roomId,
      created: action.created,
    },
    roomId: action.roomId,
    roomType: room?.type ?? 'group',
    audience: membersOf(store, action.roomId),
    personId: action.personId,
    ...(person?.emails[0] ? { personEmail: person.emails[0] } : {}),
    messageId: action.messageId,
    cardAuthorId,
  };
}

/** The audience is the room's current members: build a `deleted` event before removing the membership. */
export function membershipEvent(
  store: EmulatorStore,
  membership: MembershipRecord,
  event: 'created' | 'deleted',
  actorId: string,
): WebhookEvent {
  const view = membershipView(store, membership);
  return {
    resource: 'memberships',
    event,
    actorId,
    data: { ...view },
    roomId: membership.roomId,
    roomType: view.roomType,
    audience: membersOf(store, membership.roomId),
    personId: membership.personId,
    personEmail: view.personEmail,
    isModerator: membership.isModerator,
  };
}

export function roomEvent(store: EmulatorStore, room: RoomRecord, actorId: string): WebhookEvent {
  return {
    resource: 'rooms',
    event: 'created',
    actorId,
    data: {
      id: room.id,
      type: room.type,
      isLocked: room.isLocked,
      lastActivity: room.lastActivity,
      creatorId: room.creatorId,
      created: room.created,
    },
    roomId: room.id,
    roomType: room.type,
    audience: membersOf(store, room.id),
    isLocked: room.isLocked,
  };
}
