// In-memory state of the emulated org. Plain maps plus the lookups several routes share; validation and
// events live in the routes.
import type { AgentType } from '../webex/types.js';
import type { DemoData } from './demo-org.js';
import { newId } from './ids.js';
import type {
  AgentRecord,
  AttachmentActionRecord,
  CallingData,
  LocationRecord,
  MembershipRecord,
  MessageRecord,
  OrgRecord,
  PagingGroupRecord,
  PersonRecord,
  RoomRecord,
  WebhookRecord,
} from './records.js';

/** A new room with the API's defaults (unlocked, not announcement-only, read-only or public). */
export function roomRecord(
  id: string,
  type: RoomRecord['type'],
  title: string,
  creatorId: string,
  created: string,
): RoomRecord {
  return {
    id,
    type,
    title,
    isLocked: false,
    lastActivity: created,
    creatorId,
    created,
    isAnnouncementOnly: false,
    isReadOnly: false,
    isPublic: false,
  };
}

/** A new membership with the API's defaults (not a monitor, room not hidden). */
export function membershipRecord(
  id: string,
  roomId: string,
  personId: string,
  created: string,
  isModerator = false,
): MembershipRecord {
  return { id, roomId, personId, isModerator, isMonitor: false, isRoomHidden: false, created };
}

/** A paging agent resolved from the directory: a person with calling, a workspace or a virtual line. */
export interface DirectoryAgent {
  id: string;
  type: AgentType;
  firstName: string;
  lastName: string;
  calling: CallingData;
}

export class EmulatorStore {
  readonly org: OrgRecord;
  readonly orgs = new Map<string, OrgRecord>();
  readonly locations = new Map<string, LocationRecord>();
  readonly people = new Map<string, PersonRecord>();
  readonly agents = new Map<string, AgentRecord>();
  readonly pagingGroups = new Map<string, PagingGroupRecord>();
  readonly rooms = new Map<string, RoomRecord>();
  readonly memberships = new Map<string, MembershipRecord>();
  readonly messages = new Map<string, MessageRecord>();
  readonly attachmentActions = new Map<string, AttachmentActionRecord>();
  /** Message ID → number of edits so far (Webex allows 10). */
  readonly messageEdits = new Map<string, number>();
  /** Attachment action ID → author of the card message it was submitted on. */
  readonly cardAuthors = new Map<string, string>();
  readonly webhooks = new Map<string, WebhookRecord>();
  /** Stable handles of the demo records (see DemoData.keys). */
  readonly keys: DemoData['keys'];

  constructor(demo: DemoData) {
    this.org = demo.org;
    this.keys = demo.keys;
    for (const org of [demo.org, demo.contractorOrg]) this.orgs.set(org.id, org);
    for (const location of demo.locations) this.locations.set(location.id, location);
    for (const person of demo.people) this.people.set(person.id, person);
    for (const agent of demo.agents) this.agents.set(agent.id, agent);
    for (const group of demo.pagingGroups) this.pagingGroups.set(group.id, group);
    for (const room of demo.rooms) this.rooms.set(room.id, room);
    for (const membership of demo.memberships) this.memberships.set(membership.id, membership);
  }

  personByToken(token: string): PersonRecord | undefined {
    for (const person of this.people.values()) if (person.token === token) return person;
    return undefined;
  }

  personByEmail(email: string): PersonRecord | undefined {
    const wanted = email.trim().toLowerCase();
    for (const person of this.people.values()) {
      if (person.emails.some((e) => e.toLowerCase() === wanted)) return person;
    }
    return undefined;
  }

  roomMemberships(roomId: string): MembershipRecord[] {
    return [...this.memberships.values()].filter((m) => m.roomId === roomId);
  }

  membership(roomId: string, personId: string): MembershipRecord | undefined {
    for (const m of this.memberships.values()) if (m.roomId === roomId && m.personId === personId) return m;
    return undefined;
  }

  isMember(roomId: string, personId: string): boolean {
    return this.membership(roomId, personId) !== undefined;
  }

  directRoomBetween(a: string, b: string): RoomRecord | undefined {
    for (const room of this.rooms.values()) {
      if (room.type === 'direct' && this.isMember(room.id, a) && this.isMember(room.id, b)) return room;
    }
    return undefined;
  }

  createRoom(type: RoomRecord['type'], title: string, creatorId: string): RoomRecord {
    const room = roomRecord(newId('ROOM'), type, title, creatorId, new Date().toISOString());
    this.rooms.set(room.id, room);
    return room;
  }

  addMembership(roomId: string, personId: string, isModerator = false): MembershipRecord {
    const created = new Date().toISOString();
    const membership = membershipRecord(newId('MEMBERSHIP'), roomId, personId, created, isModerator);
    this.memberships.set(membership.id, membership);
    return membership;
  }

  /** People with Webex Calling, workspaces and virtual lines: what paging groups may reference. */
  directoryAgent(id: string): DirectoryAgent | undefined {
    const person = this.people.get(id);
    if (person?.calling) {
      return {
        id,
        type: 'PEOPLE',
        firstName: person.firstName ?? person.displayName,
        lastName: person.lastName ?? '',
        calling: person.calling,
      };
    }
    const agent = this.agents.get(id);
    if (agent)
      return {
        id,
        type: agent.type,
        firstName: agent.firstName,
        lastName: agent.lastName,
        calling: agent.calling,
      };
    return undefined;
  }

  /** Everything in a location that holds an extension or number (people, workspaces, lines, groups). */
  callingEntities(locationId: string): { id: string; extension?: string; phoneNumber?: string }[] {
    const out: { id: string; extension?: string; phoneNumber?: string }[] = [];
    for (const person of this.people.values()) {
      if (person.calling?.locationId === locationId) out.push({ id: person.id, ...person.calling });
    }
    for (const agent of this.agents.values()) {
      if (agent.calling.locationId === locationId) out.push({ id: agent.id, ...agent.calling });
    }
    for (const group of this.pagingGroups.values()) {
      if (group.locationId !== locationId) continue;
      out.push({
        id: group.id,
        ...(group.extension ? { extension: group.extension } : {}),
        ...(group.phoneNumber ? { phoneNumber: group.phoneNumber } : {}),
      });
    }
    return out;
  }

  assignedNumbers(): Set<string> {
    const numbers = new Set<string>();
    for (const person of this.people.values())
      if (person.calling?.phoneNumber) numbers.add(person.calling.phoneNumber);
    for (const agent of this.agents.values())
      if (agent.calling.phoneNumber) numbers.add(agent.calling.phoneNumber);
    for (const group of this.pagingGroups.values()) if (group.phoneNumber) numbers.add(group.phoneNumber);
    return numbers;
  }
}
