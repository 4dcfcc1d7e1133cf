import { describe, expect, it } from 'vitest';
import { CARD_ACTION_NAMES, type CardMessage, parseCardAction } from '../../src/cards/index.js';
import { choiceSets, submitActions } from './card-walk.js';
import { everyCard, exampleDetails, INJECTION_NAME, LOCATION_ID } from './fixtures.js';

const PAGING_ID = exampleDetails().id;

/** What Webex sends back for a click: the button's data merged with the card's input values (strings). */
function clicks(message: CardMessage): Record<string, unknown>[] {
  const inputs: Record<string, string> = {};
  for (const set of choiceSets(message.card)) inputs[set.id] = set.value ?? set.choices[0]?.value ?? '';
  return submitActions(message.card).map((action) => ({ ...inputs, ...action.data }));
}

const stringify = (inputs: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)]));

describe('parseCardAction round trip', () => {
  const all = ['Lobby', INJECTION_NAME].flatMap((name) => Object.values(everyCard(name)).flatMap(clicks));

  it('sees every action kind in the built cards', () => {
    expect(new Set(all.map((inputs) => inputs.action))).toEqual(new Set(CARD_ACTION_NAMES));
  });

  it.each(all.map((inputs) => [inputs.action, inputs] as const))(
    'accepts %s as sent (JSON types) and with every value stringified',
    (_, inputs) => {
      const typed = parseCardAction(inputs);
      const strings = parseCardAction(stringify(inputs));
      expect(typed.ok, JSON.stringify(typed)).toBe(true);
      expect(strings).toEqual(typed);
      if (!typed.ok) return;
      const { group: _group, ...data } = inputs;
      if (typed.action.action === 'paging.choose') {
        const [locationId, pagingId] = String(inputs.group).split(' ');
        expect(typed.action).toEqual({ action: 'paging.choose', group: inputs.group, locationId, pagingId });
      } else {
        // Extra input values (the ChoiceSet's `group`) are dropped; the data comes back as built.
        expect(typed.action).toEqual(data);
      }
    },
  );
});

describe('parseCardAction accepts', () => {
  it('ids with = padding, pages as numbers or digit strings, and an empty location as none', () => {
    const id = 'Y2lzY29zcGFyazovL3VzL1ZJUlRVQUxfTElORS83MGY2MzYzMC1mZjlmLTExZWItODU5YS0xZjhiYjRjNzc3OGg=';
    expect(parseCardAction({ action: 'paging.show', locationId: id, pagingId: id })).toEqual({
      ok: true,
      action: { action: 'paging.show', locationId: id, pagingId: id },
    });
    expect(parseCardAction({ action: 'paging.list', page: ' 7 ', location: '' })).toEqual({
      ok: true,
      action: { action: 'paging.list', page: 7 },
    });
    expect(parseCardAction({ action: 'paging.list', page: 1000, location: '  Alaska ' })).toEqual({
      ok: true,
      action: { action: 'paging.list', page: 1000, location: 'Alaska' },
    });
  });
});

describe('parseCardAction rejects, naming the field', () => {
  const ok = { locationId: LOCATION_ID, pagingId: PAGING_ID };
  it.each([
    [null, 'inputs: expected an object'],
    [[], 'inputs: expected an object'],
    ['paging.show', 'inputs: expected an object'],
    [{}, 'action: missing'],
    [{ action: 42 }, 'action: missing'],
    [{ action: 'paging.delete' }, 'action: unknown action "paging.delete"'],
    [{ action: 'toString' }, 'action: unknown action "toString"'],
    [{ action: 'paging.show', pagingId: PAGING_ID }, 'locationId: must be a string'],
    [{ action: 'paging.show', ...ok, locationId: '' }, 'locationId: must not be empty'],
    [{ action: 'paging.show', ...ok, pagingId: 'a/b' }, 'pagingId: must be an opaque Webex id'],
    [{ action: 'paging.show', ...ok, pagingId: 'a b' }, 'pagingId: must be an opaque Webex id'],
    [{ action: 'paging.show', ...ok, pagingId: 'x'.repeat(513) }, 'pagingId: must be at most 512 characters'],
    [{ action: 'paging.targets', ...ok }, 'page: must be a whole number'],
    [{ action: 'paging.targets', ...ok, page: 0 }, 'page: must be from 1 to 1000'],
    [{ action: 'paging.originators', ...ok, page: '1001' }, 'page: must be from 1 to 1000'],
    [{ action: 'paging.originators', ...ok, page: 2.5 }, 'page: must be a whole number'],
    [{ action: 'paging.list', page: '2.5' }, 'page: must be a whole number'],
    [{ action: 'paging.list', page: '-1' }, 'page: must be a whole number'],
    [{ action: 'paging.list', page: true }, 'page: must be a whole number'],
    [{ action: 'paging.list', page: 1, location: 5 }, 'location: must be a string'],
    [
      { action: 'paging.list', page: 1, location: 'a\u0000b' },
      'location: must not contain control characters',
    ],
    [{ action: 'paging.choose' }, 'group: choose a paging group first'],
    [{ action: 'paging.choose', group: '' }, 'group: choose a paging group first'],
    [{ action: 'paging.choose', group: 'onlyone' }, 'group: must be "<locationId> <pagingId>"'],
    [{ action: 'paging.choose', group: 'a b c' }, 'group: must be "<locationId> <pagingId>"'],
    [{ action: 'paging.choose', group: 'a/b c' }, 'group: must be "<locationId> <pagingId>"'],
  ])('%j → %s', (inputs, problem) => {
    const result = parseCardAction(inputs);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toContain(problem);
  });
});
