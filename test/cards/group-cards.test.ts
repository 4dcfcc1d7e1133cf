import { describe, expect, it } from 'vitest';
import { detailsCard, membersCard } from '../../src/cards/index.js';
import type { PagingDetails } from '../../src/webex/types.js';
import { markdownTexts, submitActions } from './card-walk.js';
import { byteLength, expectValidMessage } from './expect-card.js';
import { exampleDetails, LOCATION_ID, makeAgents, minimalDetails } from './fixtures.js';

describe('detailsCard', () => {
  it('shows every field of the reference example, targets and originators', () => {
    const details = exampleDetails();
    const message = detailsCard({ details, locationId: LOCATION_ID, locationName: 'Alaska' });
    expectValidMessage(message);
    const texts = markdownTexts(message.card);
    expect(texts[0]).toBe('PagingGroup-1');
    expect(texts).toContain('Alaska · Enabled');
    const facts = Object.fromEntries(
      (
        message.card.body.find((e) => (e as { type: string }).type === 'FactSet') as {
          facts: { title: string; value: string }[];
        }
      ).facts.map((f) => [f.title, f.value]),
    );
    expect(facts).toEqual({
      'Phone number': '+15558675309',
      Extension: '7781',
      Language: 'English (en\\_us)',
      'Caller ID name': 'John Doe',
      'Originator caller ID': 'Shown to targets',
      'Direct line caller ID': 'Custom: Hakim Smith',
      'Dial by name': 'Hakim Smith',
    });
    expect(texts).toContain('Who gets paged (2)');
    expect(texts).toContain('Alaska Office Second Floor · Workspace · ext 7781 · +15558675311');
    expect(texts).toContain('Alice Smith · Virtual line · ext 7782 · +15558675311');
    expect(texts).toContain('2 originators: John Doe, Alice Smith.');
    expect(message.markdown).toContain('- Alice Smith · Virtual line · ext 7782 · +15558675311');
    expect(message.markdown).toContain('Dial by name: Hakim Smith');
  });

  it('offers Targets, Originators and Refresh for the group, and no More when all targets fit', () => {
    const details = exampleDetails();
    const actions = submitActions(detailsCard({ details, locationId: LOCATION_ID }).card);
    const ref = { locationId: LOCATION_ID, pagingId: details.id };
    expect(actions).toEqual([
      { title: 'Targets', data: { action: 'paging.targets', ...ref, page: 1 } },
      { title: 'Originators', data: { action: 'paging.originators', ...ref, page: 1 } },
      { title: 'Refresh', data: { action: 'paging.refresh', ...ref } },
    ]);
  });

  it('lists the first 10 of 75 targets, says how many more, and adds "More targets" (page 2)', () => {
    const details: PagingDetails = { ...exampleDetails(), targets: makeAgents(75) };
    const message = detailsCard({ details, locationId: LOCATION_ID });
    expectValidMessage(message);
    const texts = markdownTexts(message.card);
    expect(texts).toContain('Who gets paged (75)');
    expect(texts.filter((t) => t.startsWith('Agent Number'))).toHaveLength(10);
    expect(texts).toContain('…and 65 more: press More targets.');
    const more = submitActions(message.card).find((a) => a.title === 'More targets');
    expect(more?.data).toMatchObject({ action: 'paging.targets', page: 2 });
    expect(submitActions(message.card)).toHaveLength(4);
  });

  it('keeps the fallback for 75 targets within 7439 bytes and lists them all when they fit', () => {
    const details: PagingDetails = { ...exampleDetails(), targets: makeAgents(75) };
    const { markdown } = detailsCard({ details, locationId: LOCATION_ID, locationName: 'Alaska' });
    expect(byteLength(markdown)).toBeLessThanOrEqual(7439);
    expect(markdown).toContain('Agent Number 75 · Virtual line · ext 2074 · +15550100074');
  });

  it('truncates the fallback politely when 75 long-named targets do not fit', () => {
    const long = makeAgents(75).map((agent) => ({
      ...agent,
      firstName: 'Ü'.repeat(60),
      lastName: 'x'.repeat(60),
    }));
    const { markdown, card } = detailsCard({
      details: { ...exampleDetails(), targets: long },
      locationId: LOCATION_ID,
    });
    expect(byteLength(markdown)).toBeLessThanOrEqual(7439);
    expect(markdown).toMatch(/- …and \d+ more\n\n\*\*Who can page it \(2\)\*\*/);
    expectValidMessage({ card, markdown });
  });

  it('omits missing optional fields cleanly and says nobody is paged', () => {
    const message = detailsCard({ details: minimalDetails(), locationId: LOCATION_ID });
    expectValidMessage(message);
    const texts = markdownTexts(message.card);
    expect(texts).toEqual([
      'Bare group',
      'Extension',
      '7100',
      'Who gets paged',
      'Nobody is paged by this group.',
      'Who can page it',
      'No originators are set for this group.',
    ]);
    expect(message.markdown).toContain('Nobody is paged by this group.');
    expect(message.markdown).not.toMatch(/undefined|null/);
  });

  it('shows no FactSet at all when the group has no settings to show', () => {
    const message = detailsCard({ details: { id: 'abc', name: 'Only a name' }, locationId: LOCATION_ID });
    expectValidMessage(message);
    expect(JSON.stringify(message.card)).not.toContain('FactSet');
  });

  it('labels every agent type, including a missing one, and names without a name', () => {
    const details: PagingDetails = {
      ...minimalDetails(),
      targets: [
        { id: 'a', firstName: 'Pat', type: 'PEOPLE', extension: '1' },
        { id: 'b', firstName: 'Lobby', lastName: 'Phone', type: 'PLACE' },
        { id: 'c', lastName: 'Line', type: 'VIRTUAL_LINE', phoneNumber: '+15550000001' },
        { id: 'd', extension: '4' },
      ],
    };
    const texts = markdownTexts(detailsCard({ details, locationId: LOCATION_ID }).card);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Pat · Person · ext 1',
        'Lobby Phone · Workspace',
        'Line · Virtual line · +15550000001',
        'Unnamed · Unknown · ext 4',
      ]),
    );
  });

  it('describes the direct-line caller ID selections and toll-free numbers', () => {
    const facts = (details: Partial<PagingDetails>) =>
      markdownTexts(
        detailsCard({ details: { ...minimalDetails(), ...details }, locationId: LOCATION_ID }).card,
      );
    expect(facts({ directLineCallerIdName: { selection: 'DISPLAY_NAME' } })).toContain('Display name');
    expect(facts({ directLineCallerIdName: { selection: 'CUSTOM_NAME' } })).toContain('Custom, no name set');
    expect(facts({ tollFreeNumber: true, phoneNumber: '+18005550100' })).toEqual(
      expect.arrayContaining(['Toll-free', 'Yes', '+18005550100']),
    );
    expect(facts({ enabled: false, originatorCallerIdEnabled: false })).toEqual(
      expect.arrayContaining(['Disabled', 'Originator caller ID', 'Not shown']),
    );
    expect(facts({ languageCode: 'fr_fr' })).toContain('fr\\_fr');
  });

  it('truncates a very long group name in the title', () => {
    const message = detailsCard({ details: minimalDetails('N'.repeat(200)), locationId: LOCATION_ID });
    expectValidMessage(message);
    const title = markdownTexts(message.card)[0] ?? '';
    expect(Array.from(title)).toHaveLength(60);
    expect(title.endsWith('…')).toBe(true);
  });
});

describe('membersCard', () => {
  const group = { name: 'PagingGroup-1', locationId: LOCATION_ID, pagingId: 'cGFnaW5n' };
  const ref = { locationId: LOCATION_ID, pagingId: 'cGFnaW5n' };

  it('shows one page of targets with Next page and Back to group', () => {
    const message = membersCard({ group, role: 'targets', agents: makeAgents(75), page: 1, pageSize: 10 });
    expectValidMessage(message);
    const texts = markdownTexts(message.card);
    expect(texts[0]).toBe('Who gets paged by PagingGroup-1');
    expect(texts[1]).toBe('1–10 of 75 targets · page 1 of 8');
    expect(texts.slice(2)).toHaveLength(10);
    expect(submitActions(message.card)).toEqual([
      { title: 'Next page', data: { action: 'paging.targets', ...ref, page: 2 } },
      { title: 'Back to group', data: { action: 'paging.show', ...ref } },
    ]);
  });

  it('has Previous and Next in the middle', () => {
    const message = membersCard({
      group,
      role: 'originators',
      agents: makeAgents(30),
      page: 2,
      pageSize: 10,
    });
    expectValidMessage(message);
    expect(markdownTexts(message.card)[0]).toBe('Who can page PagingGroup-1');
    expect(submitActions(message.card).map((a) => [a.title, a.data.page])).toEqual([
      ['Previous page', 1],
      ['Next page', 3],
      ['Back to group', undefined],
    ]);
    expect(submitActions(message.card)[0]?.data.action).toBe('paging.originators');
  });

  it('shows the last page for a page past the end', () => {
    const message = membersCard({ group, role: 'targets', agents: makeAgents(75), page: 99, pageSize: 10 });
    expectValidMessage(message);
    const texts = markdownTexts(message.card);
    expect(texts[1]).toBe('71–75 of 75 targets · page 8 of 8');
    expect(texts.slice(2)).toHaveLength(5);
    expect(submitActions(message.card).map((a) => a.title)).toEqual(['Previous page', 'Back to group']);
  });

  it('says nobody for an empty list, with only Back to group', () => {
    for (const role of ['targets', 'originators'] as const) {
      const message = membersCard({ group, role, agents: [], page: 3, pageSize: 10 });
      expectValidMessage(message);
      expect(markdownTexts(message.card)).toContain(
        role === 'targets' ? 'Nobody is paged by this group.' : 'Nobody is set up to page this group.',
      );
      expect(submitActions(message.card).map((a) => a.title)).toEqual(['Back to group']);
    }
  });

  it('treats page 0, fractional pages and silly page sizes sanely', () => {
    const low = membersCard({ group, role: 'targets', agents: makeAgents(5), page: 0, pageSize: 0 });
    expectValidMessage(low);
    expect(markdownTexts(low.card)[1]).toBe('1–1 of 5 targets · page 1 of 5');
    const big = membersCard({ group, role: 'targets', agents: makeAgents(75), page: 1.7, pageSize: 500 });
    expectValidMessage(big);
    expect(markdownTexts(big.card)[1]).toBe('1–50 of 75 targets · page 1 of 2');
  });
});
