import { describe, expect, it } from 'vitest';
import { filterByLocation, matchGroups, suggestGroups } from '../../src/paging/match.js';
import type { PagingListItem } from '../../src/webex/types.js';
import { group, referenceList } from './groups.fixture.js';

const names = (groups: PagingListItem[]) => groups.map((g) => `${g.name}@${g.locationName}`);

describe('matchGroups on the reference list', () => {
  const list = referenceList();

  it.each([
    ['+1 (555) 867-5309', 'number'],
    ['5558675309', 'number'],
    ['555.867.5309', 'number'],
    ['+15558675309', 'number'],
    ['1-555-867-5309', 'number'],
    ['PagingGroup-1', 'name'],
    ['  pagingGROUP-1 ', 'name'],
  ])('%j resolves PagingGroup-1 by %s', (query, how) => {
    expect(matchGroups(list, query)).toEqual({ kind: 'match', how, groups: [list[0]] });
  });

  it('an extension shared by both groups returns both', () => {
    const result = matchGroups(list, '7781');
    expect(result).toMatchObject({ kind: 'match', how: 'extension' });
    expect(result.kind === 'match' && names(result.groups)).toEqual([
      'PagingGroup-1@Alaska',
      'PagingGroup-2@Alaska',
    ]);
  });

  it('an ESN matches as esn', () => {
    expect(matchGroups(list, '567-7781')).toMatchObject({ kind: 'match', how: 'esn' });
  });

  it('prefix before substring', () => {
    expect(matchGroups(list, 'paging')).toMatchObject({ kind: 'match', how: 'prefix' });
    const sub = matchGroups(list, 'group-2');
    expect(sub).toEqual({ kind: 'match', how: 'substring', groups: [list[1]] });
  });
});

describe('matchGroups tiers', () => {
  const lobby = group({ name: 'Lobby', extension: '2001', phoneNumber: '+14085550100', esn: '8002001' });
  const facilitiesA = group({ name: 'Facilities', locationName: 'Boston', locationId: 'loc-bos' });
  const facilitiesB = group({ name: 'Facilities', locationName: 'Austin', locationId: 'loc-aus' });
  const facilitiesWest = group({ name: 'Facilities West', extension: '2002' });
  const warehouse = group({ name: 'Warehouse  North', phoneNumber: '+14085550101', extension: '8002001' });
  const numeric = group({ name: '2002', extension: '3003' });
  const all = [lobby, facilitiesA, facilitiesB, facilitiesWest, warehouse, numeric];

  it.each<[string, string, PagingListItem[]]>([
    ['Lobby', 'name', [lobby]],
    ['ＬＯＢＢＹ', 'name', [lobby]], // NFKC folds full-width letters
    ['warehouse north', 'name', [warehouse]], // inner whitespace collapsed on both sides
    ['Facilities', 'name', [facilitiesB, facilitiesA]], // same name in two locations → both, Austin first
    ['2002', 'name', [numeric]], // a name that is all digits wins over the extension 2002
    ['3003', 'extension', [numeric]],
    ['8002001', 'extension', [warehouse]], // extension tier beats lobby's ESN
    ['(408) 555-0100', 'number', [lobby]],
    ['1 408 555 0101', 'number', [warehouse]],
    ['facil', 'prefix', [facilitiesWest, facilitiesB, facilitiesA]], // Alaska, Austin, Boston,
    ['west', 'substring', [facilitiesWest]],
    ['ties w', 'substring', [facilitiesWest]],
  ])('%j → %s', (query, how, groups) => {
    expect(matchGroups(all, query)).toEqual({ kind: 'match', how, groups });
  });

  it('ESN tier when nothing earlier matches', () => {
    expect(matchGroups([lobby, numeric], '8002001')).toEqual({ kind: 'match', how: 'esn', groups: [lobby] });
  });

  it('digits that are not phone-like are not treated as numbers', () => {
    expect(matchGroups(all, 'ext 2001')).toMatchObject({ kind: 'none' });
  });

  it.each(['', '   ', '\t\n', 'x'.repeat(201)])('empty or over-long %j → none without suggestions', (q) => {
    expect(matchGroups([...all, group({ name: 'x'.repeat(30) })], q)).toEqual({
      kind: 'none',
      suggestions: [],
    });
  });

  it('a 200-character query is still searched', () => {
    const long = group({ name: 'L'.repeat(30) });
    expect(matchGroups([long], 'l'.repeat(200))).toMatchObject({ kind: 'none' });
    expect(matchGroups([long], `${'L'.repeat(30)}${' '.repeat(170)}`)).toMatchObject({
      kind: 'match',
      how: 'name',
    });
  });
});

describe('injection-looking text is matched literally', () => {
  const weird = [
    group({ name: '.*' }),
    group({ name: "Robert'); DROP--" }),
    group({ name: '<b>Lobby</b>' }),
    group({ name: '$(rm -rf)' }),
    group({ name: 'a+b' }),
    group({ name: 'Normal' }),
  ];

  it.each([
    ['.*', ['.*']],
    ["robert'); drop--", ["Robert'); DROP--"]],
    ['<b>', ['<b>Lobby</b>']],
    ['$(', ['$(rm -rf)']],
    ['a+', ['a+b']],
  ])('%j', (query, expected) => {
    const result = matchGroups(weird, query);
    expect(result.kind).toBe('match');
    expect(result.kind === 'match' && result.groups.map((g) => g.name)).toEqual(expected);
  });

  it('regex syntax does not act as a wildcard', () => {
    expect(matchGroups([group({ name: 'Normal' })], '.*')).toMatchObject({ kind: 'none' });
    expect(matchGroups([group({ name: 'aab' })], 'a+b')).toMatchObject({ kind: 'none' });
  });
});

describe('suggestions', () => {
  const groups = [
    group({ name: 'Facilities', locationName: 'Boston' }),
    group({ name: 'Facilities', locationName: 'Austin' }),
    group({ name: 'Facilities West' }),
    group({ name: 'Lobby' }),
    group({ name: 'Loading Dock' }),
    group({ name: 'Warehouse' }),
    group({ name: 'Executive Floor' }),
  ];

  it('typos suggest the close names, closest first', () => {
    const result = matchGroups(groups, 'Faclities');
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && names(result.suggestions)).toEqual([
      'Facilities@Austin',
      'Facilities@Boston',
      'Facilities West@Alaska',
    ]);
  });

  it('an adjacent swap counts as one typo', () => {
    const result = matchGroups(groups, 'Lobyb');
    expect(result.kind === 'none' && result.suggestions.map((g) => g.name)).toEqual(['Lobby']);
  });

  it('a mistyped beginning still finds a longer name', () => {
    const result = matchGroups(groups, 'Warehose');
    expect(result.kind === 'none' && result.suggestions.map((g) => g.name)).toEqual(['Warehouse']);
    const head = matchGroups(groups, 'Exectuive');
    expect(head.kind === 'none' && head.suggestions.map((g) => g.name)).toEqual(['Executive Floor']);
  });

  it('absurdly distant names are not suggested', () => {
    expect(matchGroups(groups, 'zzzzqqq')).toEqual({ kind: 'none', suggestions: [] });
    expect(matchGroups(groups, 'Cafeteria')).toEqual({ kind: 'none', suggestions: [] });
  });

  it('never more than four', () => {
    const many = Array.from({ length: 10 }, (_, i) => group({ name: `Dock ${i}`, locationName: `L${i}` }));
    expect(suggestGroups(many, 'Dokc 1')).toHaveLength(4);
    expect(suggestGroups(many, 'Dokc 1')[0]?.name).toBe('Dock 1');
  });
});

describe('filterByLocation', () => {
  const groups = [
    group({ name: 'B', locationName: 'San Jose' }),
    group({ name: 'A', locationName: 'San Jose' }),
    group({ name: 'C', locationName: 'San Jose West' }),
    group({ name: 'D', locationName: 'Austin' }),
  ];

  it('an exact location name wins over names containing it', () => {
    expect(filterByLocation(groups, ' san jose ')).toEqual({
      locations: ['San Jose'],
      groups: [groups[1], groups[0]],
    });
  });

  it('otherwise every location containing the text', () => {
    const result = filterByLocation(groups, 'jose');
    expect(result.locations).toEqual(['San Jose', 'San Jose West']);
    expect(result.groups.map((g) => g.name)).toEqual(['A', 'B', 'C']);
  });

  it('no match and blank text give nothing', () => {
    expect(filterByLocation(groups, 'Dallas')).toEqual({ locations: [], groups: [] });
    expect(filterByLocation(groups, '  ')).toEqual({ locations: [], groups: [] });
  });
});
