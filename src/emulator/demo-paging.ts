// Demo paging groups (plain data). Agents are referenced by their directory keys (demo-directory.ts).
import type { DirectLineCallerIdName } from '../webex/types.js';
import { DEMO_AGENTS, DEMO_PEOPLE, type LocationKey } from './demo-directory.js';

export interface PagingGroupSpec {
  key: string;
  location: LocationKey;
  name: string;
  extension?: string;
  phoneNumber?: string;
  enabled?: boolean;
  languageCode?: string;
  firstName?: string;
  lastName?: string;
  originatorCallerIdEnabled?: boolean;
  originators: string[];
  targets: string[];
  directLineCallerIdName?: DirectLineCallerIdName;
  dialByName?: string;
}

/** A name that is valid (≤ 30 chars) yet full of markdown, for injection tests. */
export const MARKDOWN_INJECTION_GROUP_NAME = '**Boss** [x](http://e.example)';

const warehouseAllCall = [
  ...DEMO_PEOPLE.filter((p) => p.calling?.location === 'warehouse').map((p) => p.key),
  ...DEMO_AGENTS.filter((a) => a.location === 'warehouse').map((a) => a.key),
];

export const DEMO_PAGING_GROUPS: PagingGroupSpec[] = [
  // The reference example (paging-get.response.json), same names and settings.
  {
    key: 'pg-1',
    location: 'alaska',
    name: 'PagingGroup-1',
    extension: '7781',
    phoneNumber: '+15558675309',
    firstName: 'John',
    lastName: 'Doe',
    originatorCallerIdEnabled: true,
    originators: ['john.doe', 'alice.smith'],
    targets: ['alaska-second-floor', 'alice.smith'],
    directLineCallerIdName: { selection: 'CUSTOM_NAME', customName: 'Hakim Smith' },
    dialByName: 'Hakim Smith',
  },
  {
    key: 'pg-2',
    location: 'alaska',
    name: 'PagingGroup-2',
    extension: '7782',
    phoneNumber: '+15558675312',
    originators: ['john.doe'],
    targets: ['nora.kline', 'ethan.brooks'],
  },
  {
    key: 'alaska-facilities',
    location: 'alaska',
    name: 'Facilities',
    extension: '7790',
    phoneNumber: '+15558675315',
    originators: ['nora.kline'],
    targets: ['ethan.brooks', 'alaska-lobby'],
  },
  {
    key: 'lobby',
    location: 'sanjose',
    name: 'Lobby',
    extension: '1501',
    phoneNumber: '+14085550150',
    originators: ['admin', 'sam.carter'],
    targets: ['sj-main-lobby', 'sj-reception', 'sj-overhead'],
  },
  {
    key: 'security',
    location: 'sanjose',
    name: 'Security',
    extension: '1502',
    phoneNumber: '+14085550151',
    originatorCallerIdEnabled: true,
    originators: ['admin', 'aisha.rahman'],
    targets: ['victor.reyes', 'kofi.mensah', 'sj-security-desk'],
  },
  {
    key: 'front-desk',
    location: 'sanjose',
    name: 'Front Desk',
    extension: '1503',
    phoneNumber: '+14085550152',
    originators: ['sj-main-lobby', 'admin'],
    targets: ['sj-reception', 'priya.patel', 'hannah.oconnor'],
  },
  {
    key: 'sj-facilities',
    location: 'sanjose',
    name: 'Facilities',
    extension: '1504',
    phoneNumber: '+14085550153',
    originators: ['sam.carter'],
    targets: ['marcus.nguyen', 'lena.fischer', 'diego.alvarez'],
  },
  {
    key: 'boss',
    location: 'sanjose',
    name: MARKDOWN_INJECTION_GROUP_NAME,
    extension: '1505',
    originators: ['omar.haddad'],
    targets: ['admin'],
  },
  {
    key: 'hotline',
    location: 'sanjose',
    name: 'Customer Hotline',
    extension: '1506',
    phoneNumber: '+18005550123',
    languageCode: 'es_es',
    originators: ['grace.kim'],
    targets: ['grace.kim', 'wei.zhang'],
  },
  {
    key: 'warehouse',
    location: 'warehouse',
    name: 'Warehouse',
    extension: '2501',
    phoneNumber: '+12015550150',
    originators: ['frank.miller'],
    targets: ['frank.miller', 'maria.gonzalez', 'we-dock-1', 'we-forklift'],
  },
  {
    key: 'warehouse-all',
    location: 'warehouse',
    name: 'Warehouse All Call',
    extension: '2500',
    phoneNumber: '+12015550151',
    originators: ['frank.miller', 'maria.gonzalez'],
    targets: warehouseAllCall,
  },
  {
    key: 'dock-doors',
    location: 'warehouse',
    name: 'Dock Doors',
    extension: '2502',
    enabled: false,
    originators: ['maria.gonzalez'],
    targets: ['we-dock-1', 'we-dock-2'],
  },
  {
    key: 'night-shift',
    location: 'warehouse',
    name: 'Night Shift',
    extension: '2503',
    phoneNumber: '+12015550152',
    originators: [],
    targets: [],
  },
  {
    key: 'break-room',
    location: 'warehouse',
    name: 'Break Room',
    extension: '2504',
    originators: ['tyrone.jackson'],
    targets: ['tyrone.jackson', 'yuki.tanaka', 'we-shipping'],
  },
  {
    key: 'denver-office',
    location: 'denver',
    name: 'Denver Office',
    extension: '4500',
    phoneNumber: '+13035550150',
    originators: ['chris.porter'],
    targets: ['chris.porter', 'sofia.rossi'],
  },
];
