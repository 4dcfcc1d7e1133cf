// Invariants of the demo org and of the ID helpers: what tests, screenshots and the bot rely on.
import { describe, expect, it } from 'vitest';
import {
  buildDemoOrg,
  DEMO_ADMIN_TOKEN,
  DEMO_BOT_TOKEN,
  decodeWebexId,
  webexId,
} from '../../src/emulator/index.js';

/** The demo data as built with the default tokens (IDs do not depend on tokens). */
const DEMO = buildDemoOrg();

describe('IDs', () => {
  it('are base64url without padding of ciscospark://us/TYPE/value', () => {
    const id = webexId('PEOPLE', '4a76fef4-ff9f-11eb-af0d-43f0f6557cab');
    // The reference example ID for the same person (§5), without padding.
    expect(id).toBe('Y2lzY29zcGFyazovL3VzL1BFT1BMRS80YTc2ZmVmNC1mZjlmLTExZWItYWYwZC00M2YwZjY1NTdjYWI');
    expect(decodeWebexId(id)).toEqual({ type: 'PEOPLE', value: '4a76fef4-ff9f-11eb-af0d-43f0f6557cab' });
    expect(
      decodeWebexId(
        'Y2lzY29zcGFyazovL3VzL1ZJUlRVQUxfTElORS83MGY2MzYzMC1mZjlmLTExZWItODU5YS0xZjhiYjRjNzc3OGg=',
      ),
    ).toEqual({
      type: 'VIRTUAL_LINE',
      value: '70f63630-ff9f-11eb-859a-1f8bb4c7778h',
    });
    expect(decodeWebexId('not-an-id')).toBeUndefined();
  });

  it('are the same on every build of the demo org', () => {
    const again = buildDemoOrg({ botToken: 'other', adminToken: 'tokens' });
    expect(again.keys).toEqual(DEMO.keys);
    expect(again.people.map((p) => p.id)).toEqual(DEMO.people.map((p) => p.id));
  });
});

describe('demo org', () => {
  it('uses the given tokens for the bot and admin, demo tokens by default, distinct tokens per person', () => {
    const byKey = (data: typeof DEMO, key: string) => data.people.find((p) => p.id === data.keys.people[key]);
    expect(byKey(DEMO, 'bot')?.token).toBe(DEMO_BOT_TOKEN);
    expect(byKey(DEMO, 'admin')?.token).toBe(DEMO_ADMIN_TOKEN);
    const custom = buildDemoOrg({ botToken: 'b', adminToken: 'a' });
    expect(byKey(custom, 'bot')?.token).toBe('b');
    expect(new Set(DEMO.people.map((p) => p.token)).size).toBe(DEMO.people.length);
  });

  it('keeps paging names within 30 characters and unique per location', () => {
    for (const group of DEMO.pagingGroups) expect(group.name.length, group.name).toBeLessThanOrEqual(30);
    const perLocation = DEMO.pagingGroups.map((g) => `${g.locationId}|${g.name.toLowerCase()}`);
    expect(new Set(perLocation).size).toBe(perLocation.length);
    expect(DEMO.pagingGroups.filter((g) => g.name === 'Facilities')).toHaveLength(2);
  });

  it('keeps extensions unique per location and numbers inside their location’s pool', () => {
    const entries = [
      ...DEMO.people.flatMap((p) => (p.calling ? [p.calling] : [])),
      ...DEMO.agents.map((a) => a.calling),
      ...DEMO.pagingGroups.map((g) => ({
        locationId: g.locationId,
        extension: g.extension,
        phoneNumber: g.phoneNumber,
      })),
    ];
    const extensions = entries.filter((e) => e.extension).map((e) => `${e.locationId}|${e.extension}`);
    expect(new Set(extensions).size).toBe(extensions.length);
    const numbers = entries.flatMap((e) => (e.phoneNumber ? [e.phoneNumber] : []));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const entry of entries) {
      if (!entry.phoneNumber) continue;
      const location = DEMO.locations.find((l) => l.id === entry.locationId);
      expect(
        location?.numbers.map((n) => n.phoneNumber),
        entry.phoneNumber,
      ).toContain(entry.phoneNumber);
    }
  });

  it('holds the edge cases the bot must handle', () => {
    const byName = (name: string) => DEMO.pagingGroups.find((g) => g.name === name);
    expect(byName('Night Shift')?.targets).toEqual([]);
    expect(byName('Dock Doors')?.enabled).toBe(false);
    expect(byName('Warehouse All Call')?.targets).toHaveLength(75);
    expect(byName('Break Room')?.phoneNumber).toBeUndefined();
    expect(DEMO.pagingGroups.some((g) => /\*\*.*\]\(http/.test(g.name))).toBe(true);
    expect(DEMO.locations.filter((l) => !l.routingPrefix).map((l) => l.name)).toEqual(['Denver Branch']);
    const alaska = DEMO.locations.find((l) => l.name === 'Alaska');
    expect(alaska?.routingPrefix).toBe('567');
    expect(DEMO.agents.filter((a) => a.type === 'PLACE')).toHaveLength(8);
    expect(DEMO.agents.filter((a) => a.type === 'VIRTUAL_LINE')).toHaveLength(4);
    const orgs = new Set(DEMO.people.map((p) => p.orgId));
    expect(orgs.size).toBe(2);
  });
});
