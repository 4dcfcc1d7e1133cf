import { describe, expect, it } from 'vitest';
import { PagingDirectory } from '../../src/paging/directory.js';
import type { PagingAgent, PagingListItem } from '../../src/webex/types.js';
import { alice } from './agents.fixture.js';
import { ApiError, type FakeGroup, FakePagingApi, person } from './fake-paging-api.js';

const smithers: PagingAgent = {
  id: 'p-smithers',
  firstName: 'Alice',
  lastName: 'Smithers',
  extension: '7790',
};
const bob: PagingAgent = { id: 'p-bob', firstName: 'Bob', lastName: 'Jones', extension: '7783' };
const lobbyPlace: PagingAgent = {
  id: 'w-lobby',
  firstName: 'Boston Lobby',
  lastName: 'Speaker',
  type: 'PLACE',
};

function item(
  id: string,
  name: string,
  location: string,
  extra: Partial<PagingListItem> = {},
): PagingListItem {
  return { id, name, locationName: location, locationId: `loc-${location.toLowerCase()}`, ...extra };
}

function org(): FakeGroup[] {
  return [
    { item: item('g-ware', 'Warehouse', 'Austin'), targets: [alice], originators: [alice] },
    {
      item: item('g-lobby', 'Lobby', 'Boston', { extension: '2001' }),
      enabled: true,
      targets: [alice, lobbyPlace],
      originators: [bob],
    },
    { item: item('g-fac-bos', 'Facilities', 'Boston'), targets: [smithers] },
    { item: item('g-fac-aus', 'facilities', 'Austin'), enabled: false, targets: [bob], originators: [alice] },
  ];
}

/** n groups in one location, each paging Alice. */
function many(n: number): FakeGroup[] {
  return Array.from({ length: n }, (_, i) => ({
    item: item(`g-${String(i).padStart(3, '0')}`, `Group ${i}`, 'Denver'),
    enabled: i % 2 === 0,
    targets: [alice],
  }));
}

const where = (r: { hits: { group: PagingListItem; role: string }[] }) =>
  r.hits.map((h) => `${h.group.locationName}/${h.group.name}/${h.role}`);

describe('listGroups', () => {
  it('sorts by location, then name case-insensitively', async () => {
    const dir = new PagingDirectory(new FakePagingApi(org()));
    const { groups, locationMatched } = await dir.listGroups();
    expect(groups.map((g) => `${g.locationName}/${g.name}`)).toEqual([
      'Austin/facilities',
      'Austin/Warehouse',
      'Boston/Facilities',
      'Boston/Lobby',
    ]);
    expect(locationMatched).toBeUndefined();
  });

  it('filters by location and says which locations matched; blank means all', async () => {
    const dir = new PagingDirectory(new FakePagingApi(org()));
    const boston = await dir.listGroups({ location: 'BOSTON' });
    expect(boston.locationMatched).toEqual(['Boston']);
    expect(boston.groups.map((g) => g.id)).toEqual(['g-fac-bos', 'g-lobby']);
    expect(await dir.listGroups({ location: 'os' })).toMatchObject({ locationMatched: ['Boston'] });
    expect(await dir.listGroups({ location: 'Paris' })).toEqual({ groups: [], locationMatched: [] });
    expect((await dir.listGroups({ location: '  ' })).groups).toHaveLength(4);
  });

  it('reuses the list until the TTL has passed', async () => {
    let now = 1_000;
    const api = new FakePagingApi(org());
    const dir = new PagingDirectory(api, { listTtlMs: 30_000, now: () => now });
    await dir.listGroups();
    now += 29_999;
    await dir.listGroups();
    await dir.resolve('Lobby');
    expect(api.listCalls).toBe(1);
    now += 1;
    await dir.listGroups();
    expect(api.listCalls).toBe(2);
  });

  it('fresh bypasses the cache and refreshes it', async () => {
    const api = new FakePagingApi(org());
    const dir = new PagingDirectory(api, { now: () => 0 });
    await dir.listGroups();
    api.groups.push({ item: item('g-new', 'Dock', 'Austin') });
    expect((await dir.listGroups()).groups).toHaveLength(4); // cached
    expect((await dir.listGroups({ fresh: true })).groups).toHaveLength(5);
    expect((await dir.listGroups()).groups).toHaveLength(5); // the fresh result was stored
    expect(api.listCalls).toBe(2);
  });

  it('concurrent callers share one list request', async () => {
    const api = new FakePagingApi(org());
    const dir = new PagingDirectory(api);
    const [a, b] = await Promise.all([dir.listGroups(), dir.resolve('Lobby')]);
    expect(a.groups).toHaveLength(4);
    expect(b).toMatchObject({ kind: 'match', how: 'name' });
    expect(api.listCalls).toBe(1);
  });

  it('a slower, older list response does not overwrite a newer one', async () => {
    const api = new FakePagingApi(org());
    const answers: ((items: PagingListItem[]) => void)[] = [];
    api.paging.list = () => new Promise((resolve) => answers.push(resolve));
    const dir = new PagingDirectory(api, { now: () => 0 });
    const older = dir.listGroups();
    const newer = dir.listGroups({ fresh: true });
    answers[1]?.([item('g-new', 'New', 'Austin')]);
    await newer;
    answers[0]?.([item('g-old', 'Old', 'Austin')]);
    expect((await older).groups.map((g) => g.id)).toEqual(['g-old']);
    expect((await dir.listGroups()).groups.map((g) => g.id)).toEqual(['g-new']);
  });

  it('a failed list is reported and not cached', async () => {
    const api = new FakePagingApi(org());
    api.listError = new ApiError(503);
    const dir = new PagingDirectory(api);
    await expect(dir.listGroups()).rejects.toMatchObject({ status: 503 });
    api.listError = undefined;
    expect((await dir.listGroups()).groups).toHaveLength(4);
    expect(api.listCalls).toBe(2);
  });

  it('callers cannot corrupt the cached list', async () => {
    const dir = new PagingDirectory(new FakePagingApi(org()));
    (await dir.listGroups()).groups.length = 0;
    expect((await dir.listGroups()).groups).toHaveLength(4);
  });
});

describe('resolve', () => {
  it('matches client-side over the full list', async () => {
    const api = new FakePagingApi(org());
    const dir = new PagingDirectory(api);
    const both = await dir.resolve('Facilities');
    expect(both.kind === 'match' && both.groups.map((g) => g.id)).toEqual(['g-fac-aus', 'g-fac-bos']);
    expect(await dir.resolve('2001')).toMatchObject({ kind: 'match', how: 'extension' });
    expect(await dir.resolve('Lobyb')).toMatchObject({ kind: 'none', suggestions: [{ id: 'g-lobby' }] });
  });

  it('does not call the API for empty or over-long queries', async () => {
    const api = new FakePagingApi(org());
    const dir = new PagingDirectory(api);
    expect(await dir.resolve('  ')).toEqual({ kind: 'none', suggestions: [] });
    expect(await dir.resolve('a'.repeat(201))).toEqual({ kind: 'none', suggestions: [] });
    expect(api.events).toEqual([]);
  });
});

describe('details', () => {
  it('returns details with the list entry for the location name, from the cached list', async () => {
    const api = new FakePagingApi(org());
    const dir = new PagingDirectory(api);
    await dir.listGroups();
    const result = await dir.details('loc-boston', 'g-lobby');
    expect(result?.details).toMatchObject({ id: 'g-lobby', name: 'Lobby', enabled: true });
    expect(result?.details.targets?.map((t) => t.id)).toEqual(['p-alice', 'w-lobby']);
    expect(result?.listItem).toMatchObject({ locationName: 'Boston' });
    expect(api.listCalls).toBe(1);
  });

  it('fresh re-reads the list too', async () => {
    const api = new FakePagingApi(org());
    const dir = new PagingDirectory(api);
    await dir.listGroups();
    await dir.details('loc-boston', 'g-lobby', { fresh: true });
    expect(api.listCalls).toBe(2);
  });

  it('is null for a deleted group or a wrong location/paging pair', async () => {
    const api = new FakePagingApi(org());
    const dir = new PagingDirectory(api);
    api.deleted.add('g-lobby');
    expect(await dir.details('loc-boston', 'g-lobby')).toBeNull();
    expect(await dir.details('loc-austin', 'g-fac-bos')).toBeNull();
  });

  it('other errors propagate', async () => {
    const api = new FakePagingApi(org());
    api.failures.set('g-lobby', 403);
    await expect(new PagingDirectory(api).details('loc-boston', 'g-lobby')).rejects.toMatchObject({
      status: 403,
    });
  });

  it('still returns the details when the list cannot be read', async () => {
    const api = new FakePagingApi(org());
    api.listError = new ApiError(500);
    const result = await new PagingDirectory(api).details('loc-boston', 'g-lobby');
    expect(result?.details.name).toBe('Lobby');
    expect(result).not.toHaveProperty('listItem');
  });
});

describe('enabledStates', () => {
  it('reads enabled per group, undefined where it failed, keyed in the given order', async () => {
    const api = new FakePagingApi(org());
    api.failures.set('g-ware', 500);
    const dir = new PagingDirectory(api);
    const { groups } = await dir.listGroups();
    const states = await dir.enabledStates([...groups, ...groups]);
    expect([...states]).toEqual([
      ['g-fac-aus', false],
      ['g-ware', undefined],
      ['g-fac-bos', undefined], // the API omitted `enabled`
      ['g-lobby', true],
    ]);
    expect(api.getCalls).toBe(4); // duplicates fetched once
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const api = new FakePagingApi(many(25));
    const dir = new PagingDirectory(api, { concurrency: 3 });
    const states = await dir.enabledStates((await dir.listGroups()).groups);
    expect(states.size).toBe(25);
    expect(api.maxInFlight).toBe(3);
  });
});

describe('findMember', () => {
  it('by full name, either order: the exact person only, with roles', async () => {
    const dir = new PagingDirectory(new FakePagingApi(org()));
    for (const query of ['Alice Smith', 'smith alice', '  SMITH,  Alice ']) {
      const result = await dir.findMember(query);
      expect(result.person).toBe('Alice Smith');
      expect(result.failed).toBe(0);
      expect(where(result)).toEqual([
        'Austin/facilities/originator',
        'Austin/Warehouse/target',
        'Austin/Warehouse/originator',
        'Boston/Lobby/target',
      ]);
    }
  });

  it('by name prefix: everyone who fits, labelled with the query', async () => {
    const result = await new PagingDirectory(new FakePagingApi(org())).findMember('ali sm');
    expect(result.person).toBe('ali sm');
    expect(new Set(result.hits.map((h) => h.agent.id))).toEqual(new Set(['p-alice', 'p-smithers']));
    expect(where(result)).toContain('Boston/Facilities/target');
  });

  it('finds workspaces by their name', async () => {
    const result = await new PagingDirectory(new FakePagingApi(org())).findMember('boston lobby');
    expect(where(result)).toEqual(['Boston/Lobby/target']);
    expect(result.hits[0]?.agent.type).toBe('PLACE');
  });

  it('by email: looks the person up and matches agents by id', async () => {
    const api = new FakePagingApi(org(), [person('p-bob', 'bob@example.com', 'Bobby Jones')]);
    const result = await new PagingDirectory(api).findMember('Bob@Example.com');
    expect(api.events[0]).toBe('byEmail:bob@example.com');
    expect(result.person).toBe('Bobby Jones');
    expect(where(result)).toEqual(['Austin/facilities/target', 'Boston/Lobby/originator']);
  });

  it('an unknown email scans nothing', async () => {
    const api = new FakePagingApi(org());
    const result = await new PagingDirectory(api).findMember('nobody@example.com');
    expect(result).toEqual({ person: 'nobody@example.com', hits: [], failed: 0, unknownPerson: true });
    expect(api.events).toEqual(['byEmail:nobody@example.com']);
  });

  it.each(['7782', '555-867-5311', '+1 (555) 867-5311', '567 7782'])('by number %j', async (query) => {
    const result = await new PagingDirectory(new FakePagingApi(org())).findMember(query);
    expect(result.person).toBe('Alice Smith');
    expect(result.hits).toHaveLength(4);
    expect(result.hits.every((h) => h.agent.id === 'p-alice')).toBe(true);
  });

  it('no hits: labelled with the query', async () => {
    const result = await new PagingDirectory(new FakePagingApi(org())).findMember(' Carol ');
    expect(result).toEqual({ person: 'Carol', hits: [], failed: 0 });
  });

  it('empty or over-long queries call nothing', async () => {
    const api = new FakePagingApi(org());
    const dir = new PagingDirectory(api);
    expect(await dir.findMember('   ')).toEqual({ person: '', hits: [], failed: 0 });
    expect((await dir.findMember('a'.repeat(201))).hits).toEqual([]);
    expect(api.events).toEqual([]);
  });

  it('keeps at most `concurrency` detail requests in flight', async () => {
    const api = new FakePagingApi(many(40));
    const result = await new PagingDirectory(api, { concurrency: 4 }).findMember('alice');
    expect(result.hits).toHaveLength(40);
    expect(api.getCalls).toBe(40);
    expect(api.maxInFlight).toBe(4);
  });

  it('defaults to 6 in flight', async () => {
    const api = new FakePagingApi(many(30));
    await new PagingDirectory(api).findMember('alice');
    expect(api.maxInFlight).toBe(6);
  });

  it('calls onScan with the group count before any details request, and waits for it', async () => {
    const api = new FakePagingApi(many(11));
    const seen: string[] = [];
    const result = await new PagingDirectory(api).findMember('alice', {
      onScan: async (count) => {
        seen.push(`scan:${count}:gets=${api.getCalls}`);
        await new Promise<void>((resolve) => setImmediate(resolve));
        seen.push(`scan done:gets=${api.getCalls}`);
      },
    });
    expect(seen).toEqual(['scan:11:gets=0', 'scan done:gets=0']);
    expect(result.hits).toHaveLength(11);
  });

  it('does not call onScan for 10 groups or fewer', async () => {
    let called = false;
    await new PagingDirectory(new FakePagingApi(many(10))).findMember('alice', {
      onScan: () => {
        called = true;
      },
    });
    expect(called).toBe(false);
  });

  it('skips groups deleted mid-scan and counts other failures', async () => {
    const api = new FakePagingApi(many(12));
    const dir = new PagingDirectory(api);
    await dir.listGroups(); // list cached, then the org changes under it
    api.deleted.add('g-000');
    api.failures.set('g-001', 500);
    api.failures.set('g-002', 403);
    const result = await dir.findMember('Alice Smith');
    expect(result.failed).toBe(2);
    expect(result.hits.map((h) => h.group.id)).toEqual(
      many(12)
        .map((g) => g.item.id)
        .slice(3),
    );
  });

  it('throws when no group could be read', async () => {
    const api = new FakePagingApi(many(5));
    for (const g of api.groups) api.failures.set(g.item.id, 503);
    await expect(new PagingDirectory(api).findMember('alice')).rejects.toMatchObject({ status: 503 });
  });

  it('throws when every group still there failed, even if some were deleted', async () => {
    const api = new FakePagingApi(many(3));
    const dir = new PagingDirectory(api);
    await dir.listGroups();
    api.deleted.add('g-000');
    api.failures.set('g-001', 502);
    api.failures.set('g-002', 502);
    await expect(dir.findMember('alice')).rejects.toBeInstanceOf(ApiError);
  });

  it('all deleted is not an error', async () => {
    const api = new FakePagingApi(many(3));
    const dir = new PagingDirectory(api);
    await dir.listGroups();
    for (const g of api.groups) api.deleted.add(g.item.id);
    expect(await dir.findMember('alice')).toEqual({ person: 'alice', hits: [], failed: 0 });
  });
});

describe('construction', () => {
  it.each([0, -1, 1.5, Number.NaN])('rejects concurrency %s', (concurrency) => {
    expect(() => new PagingDirectory(new FakePagingApi([]), { concurrency })).toThrow(RangeError);
  });
});
