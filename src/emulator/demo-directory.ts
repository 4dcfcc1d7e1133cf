// Demo directory (plain data): people, workspaces and virtual lines of "Example Corp".
// Keys are stable handles; IDs are derived from them (see demo-org.ts).

export type LocationKey = 'alaska' | 'sanjose' | 'warehouse' | 'denver';

export interface PersonSpec {
  key: string;
  firstName: string;
  lastName: string;
  email: string;
  org?: 'example' | 'contractor';
  isAdmin?: boolean;
  type?: 'person' | 'bot';
  calling?: { location: LocationKey; extension: string; phoneNumber?: string };
}

export interface AgentSpec {
  key: string;
  type: 'PLACE' | 'VIRTUAL_LINE';
  /** Workspace name, or "First Last" of a virtual line. */
  firstName: string;
  lastName: string;
  location: LocationKey;
  extension: string;
  phoneNumber?: string;
}

export const DEMO_PEOPLE: PersonSpec[] = [
  { key: 'bot', firstName: 'Paging', lastName: 'Bot', email: 'pagingbot@webex.bot', type: 'bot' },
  {
    key: 'admin',
    firstName: 'Dana',
    lastName: 'Whitfield',
    email: 'admin@example.com',
    isAdmin: true,
    calling: { location: 'sanjose', extension: '1001', phoneNumber: '+14085550101' },
  },
  {
    key: 'frontdesk',
    firstName: 'Jamie',
    lastName: 'Rivera',
    email: 'frontdesk@contractor.example',
    org: 'contractor',
  },
  // Alaska: the names of the reference example (paging-get.response.json).
  {
    key: 'john.doe',
    firstName: 'John',
    lastName: 'Doe',
    email: 'john.doe@example.com',
    calling: { location: 'alaska', extension: '7701', phoneNumber: '+15558675310' },
  },
  {
    key: 'nora.kline',
    firstName: 'Nora',
    lastName: 'Kline',
    email: 'nora.kline@example.com',
    calling: { location: 'alaska', extension: '7705' },
  },
  {
    key: 'ethan.brooks',
    firstName: 'Ethan',
    lastName: 'Brooks',
    email: 'ethan.brooks@example.com',
    calling: { location: 'alaska', extension: '7706', phoneNumber: '+15558675314' },
  },
  // San Jose HQ
  ...(
    [
      ['sam.carter', 'Sam', 'Carter', '1002', '+14085550102'],
      ['priya.patel', 'Priya', 'Patel', '1003', '+14085550103'],
      ['marcus.nguyen', 'Marcus', 'Nguyen', '1004', '+14085550104'],
      ['lena.fischer', 'Lena', 'Fischer', '1005', undefined],
      ['omar.haddad', 'Omar', 'Haddad', '1006', '+14085550106'],
      ['grace.kim', 'Grace', 'Kim', '1007', undefined],
      ['diego.alvarez', 'Diego', 'Álvarez', '1008', '+14085550108'],
      ['hannah.oconnor', 'Hannah', "O'Connor", '1009', undefined],
      ['wei.zhang', 'Wei', 'Zhang', '1010', '+14085550110'],
      ['victor.reyes', 'Victor', 'Reyes', '1012', '+14085550112'],
      ['kofi.mensah', 'Kofi', 'Mensah', '1013', undefined],
      ['aisha.rahman', 'Aisha', 'Rahman', '1014', '+14085550114'],
      ['ben.carter', 'Ben', 'Carter', '1015', undefined],
    ] as const
  ).map(([key, firstName, lastName, extension, phoneNumber]) => ({
    key,
    firstName,
    lastName,
    email: `${key}@example.com`,
    calling: { location: 'sanjose' as const, extension, ...(phoneNumber ? { phoneNumber } : {}) },
  })),
  // No Webex Calling licence: findable in /people, never a paging agent.
  { key: 'oliver.grant', firstName: 'Oliver', lastName: 'Grant', email: 'oliver.grant@example.com' },
  // Warehouse East
  ...(
    [
      ['frank.miller', 'Frank', 'Miller', '2001', '+12015550101'],
      ['maria.gonzalez', 'Maria', 'Gonzalez', '2002', '+12015550102'],
      ['tyrone.jackson', 'Tyrone', 'Jackson', '2003', undefined],
      ['yuki.tanaka', 'Yuki', 'Tanaka', '2004', undefined],
    ] as const
  ).map(([key, firstName, lastName, extension, phoneNumber]) => ({
    key,
    firstName,
    lastName,
    email: `${key}@example.com`,
    calling: { location: 'warehouse' as const, extension, ...(phoneNumber ? { phoneNumber } : {}) },
  })),
  ...warehouseAssociates(),
  // Denver Branch (a location without a routing prefix, so no ESNs)
  {
    key: 'chris.porter',
    firstName: 'Chris',
    lastName: 'Porter',
    email: 'chris.porter@example.com',
    calling: { location: 'denver', extension: '4001', phoneNumber: '+13035550101' },
  },
  {
    key: 'sofia.rossi',
    firstName: 'Sofia',
    lastName: 'Rossi',
    email: 'sofia.rossi@example.com',
    calling: { location: 'denver', extension: '4002' },
  },
];

/** 66 warehouse associates (extension only), so "Warehouse All Call" can hold the maximum of 75 targets. */
function warehouseAssociates(): PersonSpec[] {
  const first = [
    'Alex',
    'Blake',
    'Cameron',
    'Drew',
    'Emery',
    'Finley',
    'Harper',
    'Jordan',
    'Kendall',
    'Logan',
    'Morgan',
  ];
  const last = ['Adams', 'Baker', 'Clark', 'Davis', 'Evans', 'Foster'];
  return last.flatMap((lastName, li) =>
    first.map((firstName, fi) => {
      const key = `${firstName}.${lastName}`.toLowerCase();
      return {
        key,
        firstName,
        lastName,
        email: `${key}@example.com`,
        calling: { location: 'warehouse' as const, extension: String(2100 + li * first.length + fi) },
      };
    }),
  );
}

export const DEMO_AGENTS: AgentSpec[] = [
  // Alaska: the reference example's workspace "Alaska Office" / "Second Floor" and virtual line "Alice Smith".
  {
    key: 'alaska-second-floor',
    type: 'PLACE',
    firstName: 'Alaska Office',
    lastName: 'Second Floor',
    location: 'alaska',
    extension: '7703',
    phoneNumber: '+15558675313',
  },
  {
    key: 'alaska-lobby',
    type: 'PLACE',
    firstName: 'Alaska Office',
    lastName: 'Lobby',
    location: 'alaska',
    extension: '7704',
  },
  {
    key: 'alice.smith',
    type: 'VIRTUAL_LINE',
    firstName: 'Alice',
    lastName: 'Smith',
    location: 'alaska',
    extension: '7702',
    phoneNumber: '+15558675311',
  },
  {
    key: 'sj-main-lobby',
    type: 'PLACE',
    firstName: 'Main Lobby',
    lastName: 'Phone',
    location: 'sanjose',
    extension: '1101',
  },
  {
    key: 'sj-security-desk',
    type: 'PLACE',
    firstName: 'Security',
    lastName: 'Desk',
    location: 'sanjose',
    extension: '1102',
    phoneNumber: '+14085550122',
  },
  {
    key: 'sj-reception',
    type: 'PLACE',
    firstName: 'Reception',
    lastName: 'Desk',
    location: 'sanjose',
    extension: '1103',
  },
  {
    key: 'sj-overhead',
    type: 'VIRTUAL_LINE',
    firstName: 'Overhead',
    lastName: 'Paging',
    location: 'sanjose',
    extension: '1201',
  },
  {
    key: 'we-dock-1',
    type: 'PLACE',
    firstName: 'Dock',
    lastName: 'Door 1',
    location: 'warehouse',
    extension: '2201',
  },
  {
    key: 'we-dock-2',
    type: 'PLACE',
    firstName: 'Dock',
    lastName: 'Door 2',
    location: 'warehouse',
    extension: '2202',
  },
  {
    key: 'we-shipping',
    type: 'PLACE',
    firstName: 'Shipping',
    lastName: 'Office',
    location: 'warehouse',
    extension: '2203',
    phoneNumber: '+12015550103',
  },
  {
    key: 'we-forklift',
    type: 'VIRTUAL_LINE',
    firstName: 'Forklift',
    lastName: 'Radio',
    location: 'warehouse',
    extension: '2301',
  },
  {
    key: 'we-yard-gate',
    type: 'VIRTUAL_LINE',
    firstName: 'Yard',
    lastName: 'Gate',
    location: 'warehouse',
    extension: '2302',
  },
];
