// In-memory records the emulator keeps. API responses are derived from these by views.ts, so that
// per-requester fields (direct room titles, calling data, presence) are computed at read time.
import type {
  AgentType,
  AttachmentAction,
  DirectLineCallerIdName,
  Message,
  Webhook,
} from '../webex/types.js';

export type TokenKind = 'bot' | 'admin' | 'user' | 'none';

export interface OrgRecord {
  id: string;
  uuid: string;
  name: string;
  domain: string;
  /** Broadworks-style enterprise number used inside paging group IDs. */
  enterpriseNumber: string;
}

export interface NumberRecord {
  phoneNumber: string;
  state: 'ACTIVE' | 'INACTIVE';
  isMainNumber: boolean;
  tollFreeNumber: boolean;
  isServiceNumber: boolean;
}

export interface LocationRecord {
  id: string;
  name: string;
  orgId: string;
  timeZone: string;
  preferredLanguage: string;
  address: {
    address1: string;
    address2?: string;
    city: string;
    state: string;
    postalCode: string;
    country: string;
  };
  latitude?: string;
  longitude?: string;
  /** Absent for locations without a routing prefix (then agents and groups have no ESN). */
  routingPrefix?: string;
  numbers: NumberRecord[];
}

export interface CallingData {
  locationId: string;
  extension?: string;
  phoneNumber?: string;
}

export interface PersonRecord {
  id: string;
  emails: string[];
  displayName: string;
  firstName?: string;
  lastName?: string;
  nickName?: string;
  orgId: string;
  created: string;
  lastModified: string;
  type: 'person' | 'bot';
  isAdmin: boolean;
  token: string;
  calling?: CallingData;
}

/** Workspaces (PLACE) and virtual lines; people are agents too but live in `people`. */
export interface AgentRecord {
  id: string;
  type: Exclude<AgentType, 'PEOPLE'>;
  /** Workspace name, or the virtual line's first + last name. */
  name: string;
  firstName: string;
  lastName: string;
  calling: CallingData;
}

export interface PagingGroupRecord {
  id: string;
  locationId: string;
  enabled: boolean;
  name: string;
  phoneNumber?: string;
  extension?: string;
  languageCode: string;
  firstName?: string;
  lastName?: string;
  originatorCallerIdEnabled: boolean;
  originators: string[];
  targets: string[];
  directLineCallerIdName?: DirectLineCallerIdName;
  dialByName?: string;
}

export interface RoomRecord {
  id: string;
  type: 'direct' | 'group';
  /** Group rooms only; direct rooms are titled per requester. */
  title: string;
  isLocked: boolean;
  lastActivity: string;
  creatorId: string;
  created: string;
  isAnnouncementOnly: boolean;
  isReadOnly: boolean;
  isPublic: boolean;
}

export interface MembershipRecord {
  id: string;
  roomId: string;
  personId: string;
  isModerator: boolean;
  isMonitor: boolean;
  isRoomHidden: boolean;
  created: string;
}

export type MessageRecord = Message;
export type AttachmentActionRecord = AttachmentAction;

/** A webhook as the API shows it, with the fields a stored one always has, plus delivery bookkeeping. */
export type WebhookRecord = Webhook &
  Required<Pick<Webhook, 'orgId' | 'createdBy' | 'appId' | 'ownedBy'>> & {
    /** Times (ms) of recent failed deliveries, for the 100-in-5-minutes auto-disable rule. */
    failures: number[];
  };
