// RFC 5988 Link pagination across list endpoints, with a small pageCap to force several pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { call, type Json, withEmulator } from './helpers.js';

let emu: Emulator;
beforeAll(async () => {
  emu = await withEmulator({ pageCap: 5 });
});
afterAll(() => emu.close());

function nextLink(headers: Headers): string | undefined {
  const match = /<([^>]+)>;\s*rel="next"/.exec(headers.get('link') ?? '');
  return match?.[1];
}

/** Follows Link: rel="next" the way clients should (the next URL exactly as given). */
async function followAll(
  path: string,
  key: string,
  token: string,
): Promise<{ items: Json[]; pages: number }> {
  const items: Json[] = [];
  let pages = 0;
  let url: string | undefined = path;
  while (url) {
    const res = await call(emu, 'GET', url, token);
    expect(res.status).toBe(200);
    items.push(...res.body[key]);
    pages++;
    url = nextLink(res.headers);
    if (url) expect(url.startsWith(emu.apiUrl)).toBe(true);
  }
  return { items, pages };
}

describe('Link pagination', () => {
  it('paging groups: ≥3 pages, no duplicates, same set as the store', async () => {
    const { items, pages } = await followAll('/telephony/config/paging', 'locationPaging', emu.adminToken);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(new Set(items.map((g) => g.id)).size).toBe(emu.store.pagingGroups.size);
  });

  it('keeps filters in the next URL', async () => {
    const sj = emu.store.keys.locations.sanjose ?? '';
    const first = await call(emu, 'GET', `/telephony/config/paging?locationId=${sj}`, emu.adminToken);
    const next = nextLink(first.headers);
    expect(next).toContain(`locationId=${sj}`);
    expect(next).toContain('start=5');
    const { items } = await followAll(
      `/telephony/config/paging?locationId=${sj}`,
      'locationPaging',
      emu.adminToken,
    );
    expect(items.every((g) => g.locationName === 'San Jose HQ')).toBe(true);
    expect(items).toHaveLength(6);
  });

  it('honours a max below the cap and start offsets', async () => {
    const page = await call(emu, 'GET', '/telephony/config/paging?max=2&start=1', emu.adminToken);
    expect(page.body.locationPaging).toHaveLength(2);
    expect(nextLink(page.headers)).toContain('start=3');
    expect((await call(emu, 'GET', '/telephony/config/paging?max=0', emu.adminToken)).status).toBe(400);
    expect((await call(emu, 'GET', '/telephony/config/paging?start=-1', emu.adminToken)).status).toBe(400);
  });

  it('has no Link on the last page', async () => {
    const res = await call(emu, 'GET', '/telephony/config/paging?name=PagingGroup', emu.adminToken);
    expect(res.body.locationPaging).toHaveLength(2);
    expect(res.headers.get('link')).toBeNull();
  });

  it('people, locations, memberships, available numbers and webhooks paginate too', async () => {
    const people = await followAll('/people?max=1000', 'items', emu.adminToken);
    expect(people.pages).toBeGreaterThanOrEqual(3);
    expect(people.items.every((p) => p.type === 'person')).toBe(true);
    expect(new Set(people.items.map((p) => p.id)).size).toBe(people.items.length);

    const sj = emu.store.keys.locations.sanjose ?? '';
    const numbers = await followAll(
      `/telephony/config/locations/${sj}/paging/availableNumbers`,
      'phoneNumbers',
      emu.adminToken,
    );
    expect(numbers.pages).toBeGreaterThanOrEqual(3);

    for (let i = 0; i < 12; i++) {
      const res = await call(emu, 'POST', '/webhooks', emu.botToken, {
        name: `hook ${i}`,
        targetUrl: 'http://127.0.0.1:9/unused',
        resource: 'messages',
        event: 'created',
      });
      expect(res.status).toBe(200);
    }
    const hooks = await followAll('/webhooks', 'items', emu.botToken);
    expect(hooks.pages).toBe(3);
    expect(hooks.items.map((h) => h.name)).toEqual(Array.from({ length: 12 }, (_, i) => `hook ${i}`));

    const room = emu.store.keys.rooms['facilities-team'];
    const members = await followAll(`/memberships?roomId=${room}`, 'items', emu.botToken);
    expect(members.items).toHaveLength(6);
    expect(members.pages).toBe(2);
  });

  it('messages page newest first', async () => {
    const admin = emu.store.keys.people.admin;
    for (let i = 0; i < 7; i++) {
      await call(emu, 'POST', '/messages', emu.botToken, { toPersonId: admin, text: `m${i}` });
    }
    const room = emu.store.keys.rooms['direct-admin'];
    const { items, pages } = await followAll(`/messages?roomId=${room}`, 'items', emu.botToken);
    expect(pages).toBe(2);
    expect(items.map((m) => m.text)).toEqual(['m6', 'm5', 'm4', 'm3', 'm2', 'm1', 'm0']);
  });
});
