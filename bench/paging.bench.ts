// Paging domain hot paths: resolving a query against a big org, and a member scan over many groups.
import { bench, describe } from 'vitest';
import { PagingDirectory } from '../src/paging/directory.js';
import { matchGroups } from '../src/paging/match.js';
import type { PagingReadApi } from '../src/paging/ports.js';
import type { PagingAgent, PagingDetails, PagingListItem } from '../src/webex/types.js';

const WORDS = [
  'Lobby',
  'Facilities',
  'Warehouse',
  'Dock',
  'Executive',
  'Floor',
  'North',
  'South',
  'Cafeteria',
];

function makeGroups(n: number): PagingListItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `pg-${i}`,
    name: `${WORDS[i % WORDS.length]} ${WORDS[(i * 7) % WORDS.length]} ${i}`.slice(0, 30),
    locationName: `Site ${i % 40}`,
    locationId: `loc-${i % 40}`,
    extension: String(10_000 + i),
    phoneNumber: `+1408555${String(i).padStart(4, '0')}`,
    routingPrefix: '8',
    esn: `8${10_000 + i}`,
  }));
}

const big = makeGroups(2000);

describe('matchGroups over 2000 groups', () => {
  const exactName = big[1777]?.name ?? '';
  bench('exact name', () => {
    matchGroups(big, exactName.toUpperCase());
  });
  bench('phone number', () => {
    matchGroups(big, '+1 (408) 555-1999');
  });
  bench('substring', () => {
    matchGroups(big, 'floor 19');
  });
  bench('no match → suggestions', () => {
    matchGroups(big, 'Exectuive Lobyb');
  });
});

const agents = (i: number): PagingAgent[] =>
  Array.from({ length: 20 }, (_, k) => ({
    id: `p-${(i + k) % 500}`,
    firstName: `First${(i + k) % 500}`,
    lastName: `Last${k}`,
    extension: String(20_000 + ((i + k) % 500)),
  }));

const scanGroups = makeGroups(300);
const detailsById = new Map<string, PagingDetails>(
  scanGroups.map((g, i) => [
    g.id,
    { id: g.id, name: g.name, targets: agents(i), originators: agents(i + 1) },
  ]),
);

// Answers after a microtask, so the bench measures the domain (limiter, matching), not a fake network.
const api: PagingReadApi = {
  paging: {
    list: () => Promise.resolve(scanGroups),
    get: (_locationId, pagingId) =>
      Promise.resolve().then(() => {
        const details = detailsById.get(pagingId);
        if (details === undefined) throw Object.assign(new Error('gone'), { status: 404 });
        return details;
      }),
  },
  people: { byEmail: () => Promise.resolve([]) },
};

describe('findMember over 300 groups', () => {
  const directory = new PagingDirectory(api);
  bench('by name', async () => {
    await directory.findMember('first42 last3');
  });
  bench('by extension', async () => {
    await directory.findMember('20042');
  });
});
