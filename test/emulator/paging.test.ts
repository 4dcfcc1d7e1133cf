// Paging group operations: filters, details, create validation, partial update, delete, available numbers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, MARKDOWN_INJECTION_GROUP_NAME } from '../../src/emulator/index.js';
import { call, type Json, withEmulator } from './helpers.js';

let emu: Emulator;
const loc = (key: string) => emu.store.keys.locations[key] ?? '';
const group = (key: string) => emu.store.keys.pagingGroups[key] ?? '';
const agent = (key: string) => emu.store.keys.agents[key] ?? emu.store.keys.people[key] ?? '';
const admin = (method: string, path: string, body?: unknown) =>
  call(emu, method, `/telephony/config${path}`, emu.adminToken, body);
const list = async (query = '') => (await admin('GET', `/paging${query}`)).body.locationPaging as Json[];

beforeEach(async () => {
  emu = await withEmulator();
});
afterEach(() => emu.close());

describe('list', () => {
  it('lists every group with location name/id and ESN = routing prefix + extension', async () => {
    const groups = await list();
    expect(groups.length).toBe(emu.store.pagingGroups.size);
    const lobby = groups.find((g) => g.name === 'Lobby');
    expect(lobby).toMatchObject({ locationName: 'San Jose HQ', locationId: loc('sanjose'), esn: '1001501' });
    const denver = groups.find((g) => g.name === 'Denver Office');
    expect(denver).not.toHaveProperty('esn');
    expect(denver).not.toHaveProperty('routingPrefix');
  });

  it('filters by name (case-insensitive contains), location and number or extension', async () => {
    expect((await list('?name=FACILITIES')).map((g) => g.locationName).sort()).toEqual([
      'Alaska',
      'San Jose HQ',
    ]);
    expect((await list('?name=ware')).map((g) => g.name).sort()).toEqual(['Warehouse', 'Warehouse All Call']);
    expect((await list(`?locationId=${loc('alaska')}`)).every((g) => g.locationName === 'Alaska')).toBe(true);
    expect((await list('?phoneNumber=%2B15558675309')).map((g) => g.name)).toEqual(['PagingGroup-1']);
    expect((await list('?phoneNumber=1503')).map((g) => g.name)).toEqual(['Front Desk']);
    expect(await list('?name=no-such-group')).toEqual([]);
  });

  it('marks the toll-free group and keeps the markdown name verbatim', async () => {
    const groups = await list();
    expect(groups.find((g) => g.name === 'Customer Hotline')?.tollFreeNumber).toBe(true);
    expect(groups.find((g) => g.name === 'Lobby')?.tollFreeNumber).toBe(false);
    expect(groups.map((g) => g.name)).toContain(MARKDOWN_INJECTION_GROUP_NAME);
  });

  it('answers 404 for an unknown locationId', async () => {
    expect((await admin('GET', '/paging?locationId=bogus')).status).toBe(404);
  });
});

describe('details', () => {
  it('names targets and originators from the directory, workspaces split in two', async () => {
    const res = await admin('GET', `/locations/${loc('sanjose')}/paging/${group('front-desk')}`);
    expect(res.status).toBe(200);
    expect(res.body.targets.map((t: Json) => [t.firstName, t.lastName, t.type])).toEqual([
      ['Reception', 'Desk', 'PLACE'],
      ['Priya', 'Patel', 'PEOPLE'],
      ['Hannah', "O'Connor", 'PEOPLE'],
    ]);
    expect(res.body.originators[0]).toMatchObject({
      firstName: 'Main Lobby',
      lastName: 'Phone',
      esn: '1001101',
    });
  });

  it('omits empty agent lists, reports disabled groups and 75 targets', async () => {
    const empty = await admin('GET', `/locations/${loc('warehouse')}/paging/${group('night-shift')}`);
    expect(empty.body).not.toHaveProperty('targets');
    expect(empty.body).not.toHaveProperty('originators');
    const disabled = await admin('GET', `/locations/${loc('warehouse')}/paging/${group('dock-doors')}`);
    expect(disabled.body.enabled).toBe(false);
    const all = await admin('GET', `/locations/${loc('warehouse')}/paging/${group('warehouse-all')}`);
    expect(all.body.targets).toHaveLength(75);
    expect(new Set(all.body.targets.map((t: Json) => t.id)).size).toBe(75);
  });

  it('answers 404 for a wrong location/paging pair or unknown IDs', async () => {
    expect((await admin('GET', `/locations/${loc('alaska')}/paging/${group('lobby')}`)).status).toBe(404);
    expect((await admin('GET', `/locations/${loc('sanjose')}/paging/nope`)).status).toBe(404);
    expect((await admin('GET', `/locations/nope/paging/${group('lobby')}`)).status).toBe(404);
  });
});

describe('create', () => {
  const create = (body: unknown, location = loc('sanjose')) =>
    admin('POST', `/locations/${location}/paging`, body);

  it('creates a group that then lists and reads back', async () => {
    const res = await create({
      name: 'Parking',
      extension: '1599',
      targets: [agent('victor.reyes'), agent('sj-security-desk')],
      originators: [agent('admin')],
      dialByName: 'Parking Lot',
    });
    expect(res.status).toBe(201);
    const details = await admin('GET', `/locations/${loc('sanjose')}/paging/${res.body.id}`);
    expect(details.body).toMatchObject({
      name: 'Parking',
      extension: '1599',
      enabled: true,
      dialByName: 'Parking Lot',
    });
    expect(details.body.targets).toHaveLength(2);
    expect((await list('?name=parking'))[0]).toMatchObject({ id: res.body.id, esn: '1001599' });
  });

  it.each([
    [{ extension: '1598' }, /name/],
    [{ name: '', extension: '1598' }, /name/],
    [{ name: 'x'.repeat(31), extension: '1598' }, /1-30/],
    [{ name: 'No Number' }, /phoneNumber or extension/],
    [{ name: 'Bad Ext', extension: '1' }, /2-10 digits/],
    [{ name: 'Bad Ext', extension: '12345678901' }, /2-10 digits/],
    [{ name: 'Bad Ext', extension: 'abc' }, /2-10 digits/],
    [{ name: 'Bad Number', phoneNumber: '+1'.padEnd(25, '5') }, /phoneNumber/],
    [{ name: 'Foreign Number', phoneNumber: '+15558675316' }, /not a number of location/],
    [{ name: 'Dial', extension: '1598', dialByName: 'Bad+Name' }, /dialByName/],
    [{ name: 'Dial', extension: '1598', dialByName: 'Zoë' }, /dialByName/],
    [{ name: 'Dial', extension: '1598', dialByName: 'say "hi"' }, /dialByName/],
    [{ name: 'Targets', extension: '1598', targets: 'nope' }, /array of ID strings/],
    [
      { name: 'Caller', extension: '1598', directLineCallerIdName: { selection: 'CUSTOM_NAME' } },
      /customName/,
    ],
  ])('rejects %j with 400', async (body, message) => {
    const res = await create(body);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toMatch(message);
  });

  it('rejects unknown agent IDs naming the ID, and people without calling', async () => {
    const unknown = Buffer.from('ciscospark://us/PEOPLE/00000000-0000-0000-0000-000000000000').toString(
      'base64url',
    );
    const res = await create({ name: 'Unknown', extension: '1598', targets: [unknown] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].description).toContain(unknown);
    const noCalling = await create({
      name: 'No Calling',
      extension: '1598',
      originators: [agent('oliver.grant')],
    });
    expect(noCalling.status).toBe(400);
  });

  it('rejects more than 75 targets', async () => {
    const all = await admin('GET', `/locations/${loc('warehouse')}/paging/${group('warehouse-all')}`);
    const targets = [...all.body.targets.map((t: Json) => t.id), agent('admin')];
    expect(targets).toHaveLength(76);
    const res = await create({ name: 'Too Many', extension: '2599', targets }, loc('warehouse'));
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/75/);
    const ok = await create(
      { name: 'Just Enough', extension: '2599', targets: targets.slice(0, 75) },
      loc('warehouse'),
    );
    expect(ok.status).toBe(201);
  });

  it('keeps names unique per location (409) but allows the same name elsewhere', async () => {
    expect((await create({ name: 'lobby', extension: '1598' })).status).toBe(409);
    expect((await create({ name: 'Lobby', extension: '7798' }, loc('alaska'))).status).toBe(201);
  });

  it('refuses extensions and numbers already in use (409)', async () => {
    expect((await create({ name: 'Dup Ext', extension: '1001' })).status).toBe(409);
    expect((await create({ name: 'Dup Number', phoneNumber: '+14085550150' })).status).toBe(409);
  });

  it('answers 404 for an unknown location', async () => {
    expect((await create({ name: 'Nowhere', extension: '1598' }, 'nope')).status).toBe(404);
  });
});

describe('update', () => {
  const path = () => `/locations/${loc('sanjose')}/paging/${group('security')}`;

  it('changes only the fields sent; arrays replace; extension moves the ESN', async () => {
    const before = (await admin('GET', path())).body;
    const put = await admin('PUT', path(), { extension: '1590', targets: [agent('kofi.mensah')] });
    expect(put.status).toBe(204);
    expect(put.body).toBeUndefined();
    const after = (await admin('GET', path())).body;
    expect(after.extension).toBe('1590');
    expect(after.targets.map((t: Json) => t.id)).toEqual([agent('kofi.mensah')]);
    expect(after.originators).toEqual(before.originators);
    expect(after.name).toBe(before.name);
    expect(after.phoneNumber).toBe(before.phoneNumber);
    expect((await list('?name=security'))[0].esn).toBe('1001590');
  });

  it('clears dialByName with null or an empty string', async () => {
    const pg1 = `/locations/${loc('alaska')}/paging/${group('pg-1')}`;
    expect((await admin('GET', pg1)).body.dialByName).toBe('Hakim Smith');
    await admin('PUT', pg1, { dialByName: null });
    expect((await admin('GET', pg1)).body).not.toHaveProperty('dialByName');
    await admin('PUT', pg1, { dialByName: 'Again' });
    await admin('PUT', pg1, { dialByName: '' });
    expect((await admin('GET', pg1)).body).not.toHaveProperty('dialByName');
  });

  it('can disable, rename (unique per location) and validates like create', async () => {
    expect((await admin('PUT', path(), { enabled: false, name: 'Security Team' })).status).toBe(204);
    expect((await admin('GET', path())).body).toMatchObject({ enabled: false, name: 'Security Team' });
    expect((await admin('PUT', path(), { name: 'Lobby' })).status).toBe(409);
    expect((await admin('PUT', path(), { name: 'Security Team' })).status).toBe(204);
    expect((await admin('PUT', path(), { extension: 'x' })).status).toBe(400);
    expect((await admin('PUT', `/locations/${loc('alaska')}/paging/${group('security')}`, {})).status).toBe(
      404,
    );
  });
});

describe('delete and available numbers', () => {
  it('deletes with 204, then 404', async () => {
    const path = `/locations/${loc('warehouse')}/paging/${group('break-room')}`;
    expect((await admin('DELETE', path)).status).toBe(204);
    expect((await admin('GET', path)).status).toBe(404);
    expect((await admin('DELETE', path)).status).toBe(404);
    expect((await list()).map((g) => g.name)).not.toContain('Break Room');
  });

  it("lists only the location's unassigned numbers, and frees a deleted group's number", async () => {
    const numbersPath = `/locations/${loc('sanjose')}/paging/availableNumbers`;
    const numbers = async (query = '') =>
      ((await admin('GET', `${numbersPath}${query}`)).body.phoneNumbers as Json[]).map((n) => n.phoneNumber);
    const before = await numbers();
    expect(before).not.toContain('+14085550150'); // Lobby's number
    expect(before).not.toContain('+14085550101'); // admin's number
    expect(before).toContain('+18005550124');
    expect(before.every((n) => n.startsWith('+1408555') || n.startsWith('+1800555'))).toBe(true);
    await admin('DELETE', `/locations/${loc('sanjose')}/paging/${group('lobby')}`);
    expect(await numbers()).toContain('+14085550150');
    expect(await numbers('?phoneNumber=%2B14085550150,%2B18005550124')).toEqual([
      '+14085550150',
      '+18005550124',
    ]);
    expect((await admin('GET', '/locations/nope/paging/availableNumbers')).status).toBe(404);
  });
});
