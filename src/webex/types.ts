// Shapes of the Webex REST resources this project uses (../shared/reference/webex-api.md §2, §3, §7).
// Optional fields may be missing: the API omits empty values.

export type AgentType = 'PEOPLE' | 'PLACE' | 'VIRTUAL_LINE';

export interface PagingAgent {
  id: string;
  firstName?: string;
  lastName?: string;
  type?: AgentType;
  phoneNumber?: string;
  extension?: string;
  routingPrefix?: string;
  esn?: string;
}

export interface PagingListItem {
  id: string;
  name: string;
  phoneNumber?: string;
  extension?: string;
  routingPrefix?: string;
  esn?: string;
  locationName: string;
  locationId: string;
  tollFreeNumber?: boolean;
}

export interface DirectLineCallerIdName {
  selection?: 'DISPLAY_NAME' | 'CUSTOM_NAME';
  customName?: string;
}

export interface PagingDetails {
  id: string;
  enabled?: boolean;
  name: string;
  phoneNumber?: string;
  extension?: string;
  tollFreeNumber?: boolean;
  language?: string;
  languageCode?: string;
  firstName?: string;
  lastName?: string;
  originatorCallerIdEnabled?: boolean;
  originators?: PagingAgent[];
  targets?: PagingAgent[];
  directLineCallerIdName?: DirectLineCallerIdName;
  dialByName?: string;
}

/** Body of create (POST) and update (PUT); agents are sent as arrays of ID strings. */
export interface PagingWrite {
  name?: string;
  phoneNumber?: string;
  extension?: string;
  languageCode?: string;
  firstName?: string;
  lastName?: string;
  originatorCallerIdEnabled?: boolean;
  originators?: string[];
  targets?: string[];
  directLineCallerIdName?: DirectLineCallerIdName;
  dialByName?: string | null;
  enabled?: boolean;
}

export interface PagingListQuery {
  locationId?: string;
  name?: string;
  phoneNumber?: string;
  max?: number;
  start?: number;
  orgId?: string;
}

export interface AvailableNumber {
  phoneNumber: string;
  state: 'ACTIVE' | 'INACTIVE';
  isMainNumber: boolean;
  tollFreeNumber: boolean;
  telephonyType: 'PSTN_NUMBER';
  isServiceNumber: boolean;
}

export interface Person {
  id: string;
  emails: string[];
  displayName: string;
  nickName?: string;
  firstName?: string;
  lastName?: string;
  avatar?: string;
  orgId: string;
  created: string;
  lastModified?: string;
  type: 'person' | 'bot' | 'appuser';
  status?: string;
  phoneNumbers?: { type: string; value: string; primary?: boolean }[];
  extension?: string;
  locationId?: string;
}

export interface Location {
  id: string;
  name: string;
  orgId: string;
  timeZone?: string;
  preferredLanguage?: string;
  address?: {
    address1?: string;
    address2?: string;
    city?: string;
    state?: string;
    postalCode?: string;
    country?: string;
  };
}

export interface AdaptiveCardAttachment {
  contentType: 'application/vnd.microsoft.card.adaptive';
  content: Record<string, unknown>;
}

export interface MessageCreate {
  roomId?: string;
  toPersonId?: string;
  toPersonEmail?: string;
  parentId?: string;
  text?: string;
  markdown?: string;
  attachments?: AdaptiveCardAttachment[];
}

export interface Message {
  id: string;
  parentId?: string;
  roomId: string;
  roomType: 'direct' | 'group';
  toPersonId?: string;
  toPersonEmail?: string;
  text?: string;
  markdown?: string;
  html?: string;
  files?: string[];
  attachments?: AdaptiveCardAttachment[];
  personId: string;
  personEmail: string;
  mentionedPeople?: string[];
  mentionedGroups?: string[];
  created: string;
  updated?: string;
  isVoiceClip?: boolean;
}

export interface AttachmentAction {
  id: string;
  type: 'submit';
  messageId: string;
  inputs: Record<string, unknown>;
  personId: string;
  roomId: string;
  created: string;
}

export interface Webhook {
  id: string;
  name: string;
  targetUrl: string;
  resource: string;
  event: string;
  filter?: string;
  secret?: string;
  status: 'active' | 'inactive';
  created: string;
  orgId?: string;
  createdBy?: string;
  appId?: string;
  ownedBy?: 'creator' | 'org';
}

export interface WebhookCreate {
  name: string;
  targetUrl: string;
  resource: string;
  event: string;
  filter?: string;
  secret?: string;
}

export interface WebhookEnvelope<T = Record<string, unknown>> {
  id: string;
  name: string;
  targetUrl?: string;
  resource: string;
  event: string;
  filter?: string;
  orgId: string;
  createdBy: string;
  appId: string;
  ownedBy: 'creator' | 'org';
  status: 'active' | 'inactive';
  created?: string;
  actorId: string;
  data: T;
}

export interface Room {
  id: string;
  title: string;
  type: 'direct' | 'group';
  isLocked: boolean;
  lastActivity: string;
  creatorId: string;
  created: string;
  ownerId?: string;
  isAnnouncementOnly?: boolean;
  isReadOnly?: boolean;
  isPublic?: boolean;
}

export interface Membership {
  id: string;
  roomId: string;
  personId: string;
  personEmail: string;
  personDisplayName: string;
  personOrgId: string;
  isModerator: boolean;
  isMonitor: boolean;
  isRoomHidden?: boolean;
  roomType: 'direct' | 'group';
  created: string;
}
