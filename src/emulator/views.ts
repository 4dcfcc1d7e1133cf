// Records → API JSON. Key order follows the reference examples; empty values are omitted, as the API does.
import type {
  AvailableNumber,
  Location,
  Membership,
  PagingAgent,
  PagingDetails,
  PagingListItem,
  Person,
  Room,
  Webhook,
} from '../webex/types.js';
import type {
  CallingData,
  LocationRecord,
  MembershipRecord,
  NumberRecord,
  PagingGroupRecord,
  PersonRecord,
  RoomRecord,
  WebhookRecord,
} from './records.js';
import type { DirectoryAgent, EmulatorStore } from './store.js';

export interface PersonViewOptions {
  /** Admin + callingData=true: phoneNumbers, extension, locationId. */
  callingData?: boolean;
  /** Presence is left out of id lookups (spec: "List People", `id`). */
  presence?: boolean;
}

export function personView(person: PersonRecord, options: PersonViewOptions = {}): Person {
  const view: Person = {
    id: person.id,
    emails: [...person.emails],
    displayName: person.displayName,
    ...(person.nickName ? { nickName: person.nickName } : {}),
    ...(person.firstName ? { firstName: person.firstName } : {}),
    ...(person.lastName ? { lastName: person.lastName } : {}),
    orgId: person.orgId,
    created: person.created,
    lastModified: person.lastModified,
    type: person.type,
  };
  if (options.callingData && person.calling) {
    if (person.calling.phoneNumber)
      view.phoneNumbers = [{ type: 'work', value: person.calling.phoneNumber, primary: true }];
    if (person.calling.extension) view.extension = person.calling.extension;
    view.locationId = person.calling.locationId;
  }
  if (options.presence) view.status = 'active';
  return view;
}

export function roomView(store: EmulatorStore, room: RoomRecord, requesterId: string): Room {
  let title = room.title;
  if (room.type === 'direct') {
    const other = store.roomMemberships(room.id).find((m) => m.personId !== requesterId);
    title = (other && store.people.get(other.personId)?.displayName) ?? 'Empty Space';
  }
  return {
    id: room.id,
    title,
    type: room.type,
    isLocked: room.isLocked,
    lastActivity: room.lastActivity,
    creatorId: room.creatorId,
    created: room.created,
    ...(room.type === 'group' ? { ownerId: room.creatorId } : {}),
    isAnnouncementOnly: room.isAnnouncementOnly,
    isReadOnly: room.isReadOnly,
    isPublic: room.isPublic,
  };
}

export function membershipView(store: EmulatorStore, membership: MembershipRecord): Membership {
  const person = store.people.get(membership.personId);
  const room = store.rooms.get(membership.roomId);
  return {
    id: membership.id,
    roomId: membership.roomId,
    personId: membership.personId,
    personEmail: person?.emails[0] ?? '',
    personDisplayName: person?.displayName ?? '',
    personOrgId: person?.orgId ?? '',
    isModerator: membership.isModerator,
    isMonitor: membership.isMonitor,
    isRoomHidden: membership.isRoomHidden,
    roomType: room?.type ?? 'group',
    created: membership.created,
  };
}

export function locationView(location: LocationRecord): Location & Record<string, unknown> {
  return {
    id: location.id,
    name: location.name,
    orgId: location.orgId,
    address: { ...location.address },
    timeZone: location.timeZone,
    preferredLanguage: location.preferredLanguage,
    ...(location.latitude ? { latitude: location.latitude } : {}),
    ...(location.longitude ? { longitude: location.longitude } : {}),
  };
}

export function webhookView(webhook: WebhookRecord): Webhook {
  return {
    id: webhook.id,
    name: webhook.name,
    targetUrl: webhook.targetUrl,
    resource: webhook.resource,
    event: webhook.event,
    ...(webhook.filter ? { filter: webhook.filter } : {}),
    // The messaging spec's Webhook schema and examples return the secret to its owner.
    ...(webhook.secret ? { secret: webhook.secret } : {}),
    status: webhook.status,
    created: webhook.created,
    orgId: webhook.orgId,
    createdBy: webhook.createdBy,
    appId: webhook.appId,
    ownedBy: webhook.ownedBy,
  };
}

/** Number fields shared by list items and agents: phoneNumber, extension, routingPrefix, esn. */
function numberFields(
  calling: { extension?: string; phoneNumber?: string },
  routingPrefix: string | undefined,
) {
  return {
    ...(calling.phoneNumber ? { phoneNumber: calling.phoneNumber } : {}),
    ...(calling.extension ? { extension: calling.extension } : {}),
    ...(routingPrefix ? { routingPrefix } : {}),
    ...(routingPrefix && calling.extension ? { esn: `${routingPrefix}${calling.extension}` } : {}),
  };
}

export function isTollFree(store: EmulatorStore, phoneNumber: string | undefined): boolean {
  if (!phoneNumber) return false;
  for (const location of store.locations.values()) {
    const number = location.numbers.find((n) => n.phoneNumber === phoneNumber);
    if (number) return number.tollFreeNumber;
  }
  return false;
}

export function pagingListItemView(store: EmulatorStore, group: PagingGroupRecord): PagingListItem {
  const location = store.locations.get(group.locationId);
  const numbers = numberFields(group, location?.routingPrefix);
  return {
    id: group.id,
    name: group.name,
    locationName: location?.name ?? '',
    locationId: group.locationId,
    ...numbers,
    tollFreeNumber: isTollFree(store, group.phoneNumber),
  };
}

export function agentView(store: EmulatorStore, agent: DirectoryAgent): PagingAgent {
  return {
    id: agent.id,
    firstName: agent.firstName,
    ...(agent.lastName ? { lastName: agent.lastName } : {}),
    type: agent.type,
    ...numberFields(agent.calling, routingPrefixOf(store, agent.calling)),
  };
}

function routingPrefixOf(store: EmulatorStore, calling: CallingData): string | undefined {
  return store.locations.get(calling.locationId)?.routingPrefix;
}

const LANGUAGES: Record<string, string> = {
  en_us: 'English',
  en_gb: 'UK English',
  es_es: 'Spanish',
  fr_fr: 'French',
  fr_ca: 'Canadian French',
  de_de: 'German',
  it_it: 'Italian',
  pt_br: 'Portuguese',
  nl_nl: 'Dutch',
  ja_jp: 'Japanese',
};

export function languageName(code: string): string | undefined {
  return LANGUAGES[code.toLowerCase()];
}

export function pagingDetailsView(store: EmulatorStore, group: PagingGroupRecord): PagingDetails {
  const agents = (ids: string[]) =>
    ids.flatMap((id) => {
      const agent = store.directoryAgent(id);
      return agent ? [agentView(store, agent)] : [];
    });
  const originators = agents(group.originators);
  const targets = agents(group.targets);
  return {
    id: group.id,
    enabled: group.enabled,
    name: group.name,
    ...(group.phoneNumber ? { phoneNumber: group.phoneNumber } : {}),
    ...(group.extension ? { extension: group.extension } : {}),
    tollFreeNumber: isTollFree(store, group.phoneNumber),
    language: languageName(group.languageCode) ?? group.languageCode,
    languageCode: group.languageCode,
    ...(group.firstName ? { firstName: group.firstName } : {}),
    ...(group.lastName ? { lastName: group.lastName } : {}),
    originatorCallerIdEnabled: group.originatorCallerIdEnabled,
    ...(originators.length ? { originators } : {}),
    ...(targets.length ? { targets } : {}),
    ...(group.directLineCallerIdName ? { directLineCallerIdName: { ...group.directLineCallerIdName } } : {}),
    ...(group.dialByName ? { dialByName: group.dialByName } : {}),
  };
}

export function availableNumberView(number: NumberRecord): AvailableNumber {
  return {
    phoneNumber: number.phoneNumber,
    state: number.state,
    isMainNumber: number.isMainNumber,
    telephonyType: 'PSTN_NUMBER',
    tollFreeNumber: number.tollFreeNumber,
    isServiceNumber: number.isServiceNumber,
  };
}
