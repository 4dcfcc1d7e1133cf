// The demo organisation "Example Corp": locations, number pools, rooms, and the assembly of every demo record
// with deterministic IDs. Each emulator start builds a fresh copy, so tests never share mutable state.
import { createHash } from 'node:crypto';
import { DEMO_AGENTS, DEMO_PEOPLE, type LocationKey } from './demo-directory.js';
import { DEMO_PAGING_GROUPS } from './demo-paging.js';
import { pagingGroupId, seededId, seededUuid, webexId } from './ids.js';
import type {
  AgentRecord,
  LocationRecord,
  MembershipRecord,
  NumberRecord,
  OrgRecord,
  PagingGroupRecord,
  PersonRecord,
  RoomRecord,
} from './records.js';
import { membershipRecord, roomRecord } from './store.js';

export const DEMO_ORG_UUID = seededUuid('org:example');
const CONTRACTOR_ORG_UUID = seededUuid('org:contractor');

/** Public demo values (not secrets). Shaped like real tokens, `<token>_<cluster>_<orgUuid>`. */
export const DEMO_BOT_TOKEN = demoToken('DemoBot', 'bot');
export const DEMO_ADMIN_TOKEN = demoToken('DemoAdmin', 'admin');

function demoToken(label: string, key: string, orgUuid = DEMO_ORG_UUID): string {
  const body = createHash('sha256').update(`emulator-demo-token:${key}`).digest('hex').slice(0, 48);
  return `${label}NotASecret${body}_PF84_${orgUuid}`;
}

const DEMO_EPOCH = Date.parse('2024-03-04T15:00:00.000Z');
const at = (minutes: number) => new Date(DEMO_EPOCH + minutes * 60_000).toISOString();

interface LocationSpec {
  key: LocationKey;
  name: string;
  timeZone: string;
  routingPrefix?: string;
  address: LocationRecord['address'];
  latitude: string;
  longitude: string;
  /** E.164 prefix + first/last suffix of the location's number block; the first is the main number. */
  block: { prefix: string; from: number; to: number };
  tollFree?: string[];
}

const LOCATIONS: LocationSpec[] = [
  {
    key: 'alaska',
    name: 'Alaska',
    timeZone: 'America/Anchorage',
    routingPrefix: '567',
    address: {
      address1: '410 Harbor Way',
      city: 'Anchorage',
      state: 'AK',
      postalCode: '99501',
      country: 'US',
    },
    latitude: '61.2181',
    longitude: '-149.9003',
    block: { prefix: '+1555867', from: 5300, to: 5320 },
  },
  {
    key: 'sanjose',
    name: 'San Jose HQ',
    timeZone: 'America/Los_Angeles',
    routingPrefix: '100',
    address: {
      address1: '100 Innovation Way',
      address2: 'Building 2',
      city: 'San Jose',
      state: 'CA',
      postalCode: '95134',
      country: 'US',
    },
    latitude: '37.4108',
    longitude: '-121.9552',
    block: { prefix: '+1408555', from: 100, to: 160 },
    tollFree: ['+18005550123', '+18005550124'],
  },
  {
    key: 'warehouse',
    name: 'Warehouse East',
    timeZone: 'America/New_York',
    routingPrefix: '200',
    address: { address1: '7 Dockside Road', city: 'Newark', state: 'NJ', postalCode: '07114', country: 'US' },
    latitude: '40.7357',
    longitude: '-74.1724',
    block: { prefix: '+1201555', from: 100, to: 160 },
  },
  {
    key: 'denver',
    name: 'Denver Branch',
    timeZone: 'America/Denver',
    address: {
      address1: '1550 Larimer Street',
      city: 'Denver',
      state: 'CO',
      postalCode: '80202',
      country: 'US',
    },
    latitude: '39.7392',
    longitude: '-104.9903',
    block: { prefix: '+1303555', from: 100, to: 155 },
  },
];

interface RoomSpec {
  key: string;
  type: 'direct' | 'group';
  title?: string;
  creator: string;
  members: string[];
}

const ROOMS: RoomSpec[] = [
  { key: 'direct-admin', type: 'direct', creator: 'admin', members: ['admin', 'bot'] },
  { key: 'direct-frontdesk', type: 'direct', creator: 'frontdesk', members: ['frontdesk', 'bot'] },
  {
    key: 'facilities-team',
    type: 'group',
    title: 'Facilities Team',
    creator: 'admin',
    members: ['admin', 'bot', 'sam.carter', 'priya.patel', 'marcus.nguyen', 'frontdesk'],
  },
  // The bot is not a member: nothing in it may ever reach the bot.
  {
    key: 'lunch-club',
    type: 'group',
    title: 'Lunch Club',
    creator: 'sam.carter',
    members: ['sam.carter', 'admin', 'priya.patel'],
  },
];

export interface DemoData {
  org: OrgRecord;
  contractorOrg: OrgRecord;
  locations: LocationRecord[];
  people: PersonRecord[];
  agents: AgentRecord[];
  pagingGroups: PagingGroupRecord[];
  rooms: RoomRecord[];
  memberships: MembershipRecord[];
  /** Stable handle → ID, e.g. `keys.people.admin`, `keys.rooms['facilities-team']`. */
  keys: Record<'people' | 'agents' | 'pagingGroups' | 'locations' | 'rooms', Record<string, string>>;
}

export function buildDemoOrg(tokens: { botToken?: string; adminToken?: string } = {}): DemoData {
  const org: OrgRecord = {
    id: webexId('ORGANIZATION', DEMO_ORG_UUID),
    uuid: DEMO_ORG_UUID,
    name: 'Example Corp',
    domain: 'example.com',
    enterpriseNumber: '64941297',
  };
  const contractorOrg: OrgRecord = {
    id: webexId('ORGANIZATION', CONTRACTOR_ORG_UUID),
    uuid: CONTRACTOR_ORG_UUID,
    name: 'Contractor Services',
    domain: 'contractor.example',
    enterpriseNumber: '71830552',
  };
  const keys: DemoData['keys'] = { people: {}, agents: {}, pagingGroups: {}, locations: {}, rooms: {} };

  const locations = LOCATIONS.map((spec): LocationRecord => {
    const id = seededId('LOCATION', spec.key);
    keys.locations[spec.key] = id;
    return {
      id,
      name: spec.name,
      orgId: org.id,
      timeZone: spec.timeZone,
      preferredLanguage: 'en_us',
      address: spec.address,
      latitude: spec.latitude,
      longitude: spec.longitude,
      ...(spec.routingPrefix ? { routingPrefix: spec.routingPrefix } : {}),
      numbers: numberPool(spec),
    };
  });
  const locationId = (key: LocationKey) => keys.locations[key] ?? '';

  const people = DEMO_PEOPLE.map((spec, index): PersonRecord => {
    const id = seededId('PEOPLE', spec.key);
    keys.people[spec.key] = id;
    const isBot = spec.type === 'bot';
    const token =
      spec.key === 'bot'
        ? (tokens.botToken ?? DEMO_BOT_TOKEN)
        : spec.key === 'admin'
          ? (tokens.adminToken ?? DEMO_ADMIN_TOKEN)
          : demoToken('DemoUser', spec.key, spec.org === 'contractor' ? CONTRACTOR_ORG_UUID : DEMO_ORG_UUID);
    return {
      id,
      emails: [spec.email],
      displayName: `${spec.firstName} ${spec.lastName}`,
      ...(isBot ? { nickName: spec.firstName } : { firstName: spec.firstName, lastName: spec.lastName }),
      orgId: spec.org === 'contractor' ? contractorOrg.id : org.id,
      created: at(-90 * 24 * 60 + index),
      lastModified: at(-30 * 24 * 60 + index),
      type: isBot ? 'bot' : 'person',
      isAdmin: spec.isAdmin === true,
      token,
      ...(spec.calling
        ? {
            calling: {
              locationId: locationId(spec.calling.location),
              extension: spec.calling.extension,
              ...(spec.calling.phoneNumber ? { phoneNumber: spec.calling.phoneNumber } : {}),
            },
          }
        : {}),
    };
  });

  const agents = DEMO_AGENTS.map((spec): AgentRecord => {
    const id = seededId(spec.type, spec.key);
    keys.agents[spec.key] = id;
    return {
      id,
      type: spec.type,
      name: `${spec.firstName} ${spec.lastName}`,
      firstName: spec.firstName,
      lastName: spec.lastName,
      calling: {
        locationId: locationId(spec.location),
        extension: spec.extension,
        ...(spec.phoneNumber ? { phoneNumber: spec.phoneNumber } : {}),
      },
    };
  });
  const agentId = (key: string) => keys.people[key] ?? keys.agents[key] ?? missing(key);

  const pagingGroups = DEMO_PAGING_GROUPS.map((spec): PagingGroupRecord => {
    const id = pagingGroupId(spec.key, org.enterpriseNumber);
    keys.pagingGroups[spec.key] = id;
    return {
      id,
      locationId: locationId(spec.location),
      enabled: spec.enabled ?? true,
      name: spec.name,
      ...(spec.phoneNumber ? { phoneNumber: spec.phoneNumber } : {}),
      ...(spec.extension ? { extension: spec.extension } : {}),
      languageCode: spec.languageCode ?? 'en_us',
      ...(spec.firstName ? { firstName: spec.firstName } : {}),
      ...(spec.lastName ? { lastName: spec.lastName } : {}),
      originatorCallerIdEnabled: spec.originatorCallerIdEnabled ?? false,
      originators: spec.originators.map(agentId),
      targets: spec.targets.map(agentId),
      directLineCallerIdName: spec.directLineCallerIdName ?? { selection: 'DISPLAY_NAME' },
      ...(spec.dialByName ? { dialByName: spec.dialByName } : {}),
    };
  });

  const rooms: RoomRecord[] = [];
  const memberships: MembershipRecord[] = [];
  ROOMS.forEach((spec, index) => {
    const id = seededId('ROOM', spec.key);
    keys.rooms[spec.key] = id;
    const created = at(index * 60);
    rooms.push(roomRecord(id, spec.type, spec.title ?? '', agentId(spec.creator), created));
    for (const member of spec.members) {
      memberships.push(
        membershipRecord(seededId('MEMBERSHIP', `${spec.key}:${member}`), id, agentId(member), created),
      );
    }
  });

  return { org, contractorOrg, locations, people, agents, pagingGroups, rooms, memberships, keys };
}

function numberPool(spec: LocationSpec): NumberRecord[] {
  const numbers: NumberRecord[] = [];
  for (let n = spec.block.from; n <= spec.block.to; n++) {
    const suffix = String(n).padStart(4, '0');
    numbers.push({
      phoneNumber: `${spec.block.prefix}${suffix}`,
      // A few inactive numbers and a service-number range (…50 and up), like a real block.
      state: n % 9 === 8 ? 'INACTIVE' : 'ACTIVE',
      isMainNumber: n === spec.block.from,
      tollFreeNumber: false,
      isServiceNumber: n % 100 >= 50,
    });
  }
  for (const phoneNumber of spec.tollFree ?? []) {
    numbers.push({
      phoneNumber,
      state: 'ACTIVE',
      isMainNumber: false,
      tollFreeNumber: true,
      isServiceNumber: true,
    });
  }
  return numbers;
}

function missing(key: string): never {
  throw new Error(`demo data refers to unknown key "${key}"`);
}
