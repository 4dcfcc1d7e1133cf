import { describe, expect, it } from 'vitest';
import { findResultsCard, listCard, notFoundCard, pickOneCard } from '../../src/cards/index.js';
import { choiceSets, markdownTexts, submitActions } from './card-walk.js';
import { expectValidMessage } from './expect-card.js';
import { exampleList, LOCATION_ID, makeGroup } from './fixtures.js';

const groups = (n: number, from = 1) => Array.from({ length: n }, (_, i) => makeGroup(from + i));

describe('listCard', () => {
  it('lists the reference groups with one Show button each (≤ 3 groups)', () => {
    const list = exampleList();
    const message = listCard({ groups: list, page: 1, pageSize: 8, total: 2 });
    expectValidMessage(message);
    const texts = markdownTexts(message.card);
    expect(texts.slice(0, 4)).toEqual([
      'Paging groups',
      '1–2 of 2 · page 1 of 1',
      'PagingGroup-1',
      'ext 7781 · +15558675309 · Alaska',
    ]);
    expect(choiceSets(message.card)).toEqual([]);
    expect(submitActions(message.card)).toEqual(
      list.map((g) => ({
        title: `Show ${g.name}`,
        data: { action: 'paging.show', locationId: g.locationId, pagingId: g.id },
      })),
    );
    expect(message.markdown).toContain('- PagingGroup-2 · ext 7781 · +15558675310 · Alaska');
  });

  it('shows the enabled state when known', () => {
    const message = listCard({
      groups: [{ ...makeGroup(1), enabled: true }, { ...makeGroup(2), enabled: false }, makeGroup(3)],
      page: 1,
      pageSize: 8,
      total: 3,
    });
    const texts = markdownTexts(message.card);
    expect(texts).toContain('ext 7001 · +15558670001 · Boston HQ · Enabled');
    expect(texts).toContain('ext 7002 · +15558670002 · Alaska · Disabled');
    expect(texts).toContain('ext 7003 · +15558670003 · Boston HQ');
  });

  it('uses a compact ChoiceSet `group` + Show, and More with the next page and location, for > 3 groups', () => {
    const page = groups(8);
    const message = listCard({ groups: page, page: 1, pageSize: 8, total: 20, location: 'Alaska' });
    expectValidMessage(message);
    expect(markdownTexts(message.card).slice(0, 2)).toEqual([
      'Paging groups in Alaska',
      '1–8 of 20 · page 1 of 3',
    ]);
    const [picker] = choiceSets(message.card);
    expect(picker?.id).toBe('group');
    expect(picker?.value).toBe(`${page[0]?.locationId} ${page[0]?.id}`);
    expect(picker?.choices[0]).toEqual({
      title: 'Group 1 — ext 7001 · Boston HQ',
      value: `${page[0]?.locationId} ${page[0]?.id}`,
    });
    expect(picker?.choices).toHaveLength(8);
    expect(submitActions(message.card)).toEqual([
      { title: 'Show', data: { action: 'paging.choose' } },
      { title: 'More', data: { action: 'paging.list', page: 2, location: 'Alaska' } },
    ]);
  });

  it('has no More on the last page', () => {
    const message = listCard({ groups: groups(4, 17), page: 3, pageSize: 8, total: 20 });
    expectValidMessage(message);
    expect(markdownTexts(message.card)[1]).toBe('17–20 of 20 · page 3 of 3');
    expect(submitActions(message.card).map((a) => a.title)).toEqual(['Show']);
  });

  it('keeps Show buttons plus More within five actions', () => {
    const message = listCard({ groups: groups(3), page: 1, pageSize: 3, total: 9 });
    expectValidMessage(message);
    expect(submitActions(message.card).map((a) => a.title)).toEqual([
      'Show Group 1',
      'Show Group 2',
      'Show Group 3',
      'More',
    ]);
  });

  it('adds the location to buttons when names repeat across locations', () => {
    const twins = [makeGroup(1, { name: 'Lobby' }), makeGroup(2, { name: 'lobby' })];
    const titles = submitActions(listCard({ groups: twins, page: 1, pageSize: 8, total: 2 }).card).map(
      (a) => a.title,
    );
    expect(titles).toEqual(['Show Lobby · Boston HQ', 'Show lobby · Alaska']);
  });

  it('says "No paging groups" for an empty list, in that location', () => {
    const none = listCard({ groups: [], page: 1, pageSize: 8, total: 0 });
    expectValidMessage(none);
    expect(markdownTexts(none.card)).toEqual([
      'No paging groups',
      'This organization has no paging groups yet.',
    ]);
    expect(submitActions(none.card).map((a) => a.title)).toEqual(['Help']);

    const there = listCard({ groups: [], page: 1, pageSize: 8, total: 0, location: 'Mars Base' });
    expectValidMessage(there);
    expect(markdownTexts(there.card)[0]).toBe('No paging groups in Mars Base');
    expect(submitActions(there.card)[0]).toEqual({
      title: 'All locations',
      data: { action: 'paging.list', page: 1 },
    });
    expect(there.markdown).toContain('No paging groups in Mars Base');
  });

  it('offers the first page when asked for a page past the end', () => {
    const message = listCard({ groups: [], page: 9, pageSize: 8, total: 20, location: 'Alaska' });
    expectValidMessage(message);
    expect(markdownTexts(message.card)).toContain('Page 9 is past the end: there are 20 groups.');
    expect(submitActions(message.card)[0]).toEqual({
      title: 'First page',
      data: { action: 'paging.list', page: 1, location: 'Alaska' },
    });
  });

  it('bounds very long names in rows, choices and buttons', () => {
    const long = [makeGroup(1, { name: 'L'.repeat(300), locationName: 'P'.repeat(300) })];
    const message = listCard({ groups: long, page: 1, pageSize: 8, total: 1 });
    expectValidMessage(message);
    const [title] = submitActions(message.card).map((a) => a.title);
    expect(Array.from(title ?? '').length).toBeLessThanOrEqual(60);
    expect(markdownTexts(message.card)[2]).toBe(`${'L'.repeat(59)}…`);
    const picker = choiceSets(
      listCard({ groups: [...long, ...groups(3, 2)], page: 1, pageSize: 8, total: 4 }).card,
    )[0];
    expect(Array.from(picker?.choices[0]?.title ?? '').length).toBeLessThanOrEqual(90);
  });
});

describe('pickOneCard', () => {
  it('offers one Show button per match (≤ 5), with locations when names repeat', () => {
    const matches = [
      makeGroup(1, { name: 'Lobby' }),
      makeGroup(2, { name: 'Lobby' }),
      makeGroup(4, { name: 'Lobby', locationName: 'Chicago' }),
    ];
    const message = pickOneCard({ query: 'lobby', matches });
    expectValidMessage(message);
    const texts = markdownTexts(message.card);
    expect(texts[0]).toBe('Several groups match "lobby"');
    expect(texts[1]).toBe('3 paging groups match. Which one do you mean?');
    expect(submitActions(message.card)).toEqual(
      matches.map((g) => ({
        title: `Show Lobby · ${g.locationName}`,
        data: { action: 'paging.show', locationId: g.locationId, pagingId: g.id },
      })),
    );
    expect(choiceSets(message.card)).toEqual([]);
  });

  it('switches to a ChoiceSet + Show for more than five matches', () => {
    const message = pickOneCard({ query: 'group', matches: groups(6) });
    expectValidMessage(message);
    expect(choiceSets(message.card)[0]?.choices).toHaveLength(6);
    expect(submitActions(message.card)).toEqual([{ title: 'Show', data: { action: 'paging.choose' } }]);
    expect(message.markdown.match(/^- /gm)).toHaveLength(6);
  });

  it('lists at most 25 rows on the card and says how many more', () => {
    const message = pickOneCard({ query: 'group', matches: groups(40) });
    expectValidMessage(message);
    expect(markdownTexts(message.card)).toContain('…and 15 more: try a longer name.');
    expect(choiceSets(message.card)[0]?.choices).toHaveLength(25);
  });

  it('copes with no matches at all', () => {
    const message = pickOneCard({ query: 'x', matches: [] });
    expectValidMessage(message);
    expect(submitActions(message.card).map((a) => a.title)).toEqual(['Help']);
  });
});

describe('notFoundCard', () => {
  it('offers up to four suggestions as Show buttons plus Help', () => {
    const message = notFoundCard({ query: 'Lobbby', suggestions: groups(6) });
    expectValidMessage(message);
    expect(markdownTexts(message.card).slice(0, 2)).toEqual([
      'No paging group matches "Lobbby"',
      'Did you mean one of these?',
    ]);
    const actions = submitActions(message.card);
    expect(actions.map((a) => a.title)).toEqual([
      'Show Group 1',
      'Show Group 2',
      'Show Group 3',
      'Show Group 4',
      'Help',
    ]);
    expect(actions[0]?.data).toEqual({
      action: 'paging.show',
      locationId: makeGroup(1).locationId,
      pagingId: makeGroup(1).id,
    });
    expect(actions[4]?.data).toEqual({ action: 'help' });
  });

  it('without suggestions: Help only', () => {
    const message = notFoundCard({ query: 'zzz', suggestions: [] });
    expectValidMessage(message);
    expect(markdownTexts(message.card)[1]).toBe('Check the name, or list the paging groups.');
    expect(submitActions(message.card).map((a) => a.title)).toEqual(['Help']);
  });
});

describe('findResultsCard', () => {
  it('lists the groups a person is in, merging both roles of one group', () => {
    const [a, b] = exampleList();
    if (!a || !b) throw new Error('fixture');
    const message = findResultsCard({
      query: 'alice',
      person: 'Alice Smith',
      hits: [
        { group: a, role: 'target' },
        { group: a, role: 'originator' },
        { group: b, role: 'originator' },
      ],
    });
    expectValidMessage(message);
    const texts = markdownTexts(message.card);
    expect(texts[0]).toBe('Paging groups for Alice Smith');
    expect(texts[1]).toBe('Paged by 1 group; can page 2 groups. (Searched for "alice".)');
    expect(texts).toContain('ext 7781 · +15558675309 · Alaska · gets paged, can page');
    expect(texts).toContain('ext 7781 · +15558675310 · Alaska · can page');
    expect(submitActions(message.card)).toEqual([
      {
        title: 'Show PagingGroup-1',
        data: { action: 'paging.show', locationId: LOCATION_ID, pagingId: a.id },
      },
      {
        title: 'Show PagingGroup-2',
        data: { action: 'paging.show', locationId: LOCATION_ID, pagingId: b.id },
      },
    ]);
  });

  it('has buttons for the first five groups and lists the rest', () => {
    const hits = groups(12).map((group) => ({ group, role: 'target' as const }));
    const message = findResultsCard({ query: 'Pat Doe', person: 'Pat Doe', hits });
    expectValidMessage(message);
    expect(submitActions(message.card)).toHaveLength(5);
    expect(markdownTexts(message.card).filter((t) => /^Group \d+$/.test(t))).toHaveLength(12);
    expect(markdownTexts(message.card)[1]).toBe('Paged by 12 groups; can page 0 groups.');
  });

  it('says so when the person is in no group', () => {
    const message = findResultsCard({ query: 'nobody', person: 'No Body', hits: [] });
    expectValidMessage(message);
    expect(markdownTexts(message.card)[1]).toBe(
      'No Body is not in any paging group. (Searched for "nobody".)',
    );
    expect(submitActions(message.card).map((a) => a.title)).toEqual(['Help']);
  });

  it('says nobody has the address when the email is unknown, instead of "not in any paging group"', () => {
    const email = 'nobody@example.com';
    const message = findResultsCard({ query: email, person: email, hits: [], unknownPerson: true });
    expectValidMessage(message);
    const said = 'Nobody has the email address nobody\\@example\\.com.';
    expect(markdownTexts(message.card)[1]).toBe(said);
    expect(message.markdown).toContain(said);
    expect(message.markdown).not.toContain('not in any paging group');
    expect(submitActions(message.card).map((a) => a.title)).toEqual(['Help']);
  });

  it('says how many groups could not be read, on the card and in the fallback', () => {
    const hits = [{ group: makeGroup(1), role: 'target' as const }];
    const three = findResultsCard({ query: 'Pat Doe', person: 'Pat Doe', hits, failed: 3 });
    expectValidMessage(three);
    const note = '3 paging groups could not be read and were skipped, so this list may be incomplete.';
    expect(markdownTexts(three.card).at(-1)).toBe(note);
    expect(three.markdown.endsWith(`\n\n${note}`)).toBe(true);

    const one = findResultsCard({ query: 'Pat Doe', person: 'Pat Doe', hits: [], failed: 1 });
    expect(markdownTexts(one.card)).toContain(
      '1 paging group could not be read and was skipped, so this list may be incomplete.',
    );

    const none = findResultsCard({ query: 'Pat Doe', person: 'Pat Doe', hits, failed: 0 });
    expect(JSON.stringify(none)).not.toContain('could not be read');
  });

  it('keeps the skipped-groups note when the fallback is cut to fit', () => {
    const hits = Array.from({ length: 200 }, (_, i) => ({
      group: makeGroup(i + 1, { name: `Group ${'x'.repeat(50)} ${i + 1}` }),
      role: 'target' as const,
    }));
    const { markdown } = findResultsCard({ query: 'Pat Doe', person: 'Pat Doe', hits, failed: 2 });
    expect(markdown).toMatch(/- …and \d+ more\n\n2 paging groups could not be read/);
  });
});
