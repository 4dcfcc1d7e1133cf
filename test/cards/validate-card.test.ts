import { describe, expect, it } from 'vitest';
import { assertWebexCard, validateCard } from '../helpers/validate-card.js';

const text = (s: string) => ({ type: 'TextBlock', text: s, wrap: true });
const submit = (title: string) => ({ type: 'Action.Submit', title, data: { action: 'help' } });
const card = (extra: Record<string, unknown> = {}) => ({
  type: 'AdaptiveCard',
  version: '1.3',
  body: [text('Hello')],
  actions: [submit('Help')],
  ...extra,
});

describe('validateCard', () => {
  it('accepts a small valid 1.3 card', () => {
    expect(validateCard(card())).toEqual([]);
    expect(() => assertWebexCard(card())).not.toThrow();
  });

  it('accepts a card with a compact ChoiceSet, FactSet and Container', () => {
    const rich = card({
      body: [
        {
          type: 'Container',
          items: [text('A'), { type: 'FactSet', facts: [{ title: 'Ext', value: '7781' }] }],
        },
        {
          type: 'Input.ChoiceSet',
          id: 'group',
          style: 'compact',
          label: 'Pick',
          value: 'a b',
          choices: [{ title: 'A', value: 'a b' }],
        },
      ],
    });
    expect(validateCard(rich)).toEqual([]);
  });

  it('rejects Action.Execute (library, schema and Webex rule all notice)', () => {
    const problems = validateCard(card({ actions: [{ type: 'Action.Execute', title: 'Go', verb: 'x' }] }));
    expect(problems.some((p) => p.startsWith('adaptivecards') && p.includes('Action.Execute'))).toBe(true);
    expect(problems.some((p) => p.startsWith('schema: /actions/0'))).toBe(true);
    expect(problems).toContain('webex: Action.Execute at $.actions[0] is not supported');
  });

  it('rejects six actions, counting card actions and ActionSets together', () => {
    const six = card({
      body: [text('x'), { type: 'ActionSet', actions: [submit('1'), submit('2')] }],
      actions: [submit('3'), submit('4'), submit('5'), submit('6')],
    });
    expect(validateCard(six)).toContain('webex: 6 actions; at most 5 per card');
    const five = card({ actions: [submit('1'), submit('2'), submit('3'), submit('4'), submit('5')] });
    expect(validateCard(five)).toEqual([]);
  });

  it('rejects a TextBlock without text (only the schema can see this)', () => {
    const problems = validateCard(card({ body: [{ type: 'TextBlock' }] }));
    expect(problems).toEqual(["schema: /body/0 must have required property 'text'"]);
  });

  it('rejects a leftover template binding anywhere, also inside data', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an unbound template field is the input under test.
    const problems = validateCard(card({ body: [text('Hi ${x}')] }));
    expect(problems).toContain('webex: unbound template text at $.body[0].text');
    const inData = card({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an unbound template field is the input under test.
      actions: [{ type: 'Action.Submit', title: 'Go', data: { action: 'paging.show', pagingId: '${id}' } }],
    });
    expect(validateCard(inData)).toContain('webex: unbound template text at $.actions[0].data.pagingId');
  });

  it('rejects card-level fallbackText, Media and a version other than 1.3', () => {
    expect(validateCard(card({ fallbackText: 'x' }))).toContain(
      'webex: card-level fallbackText is not supported',
    );
    const media = card({
      body: [{ type: 'Media', sources: [{ mimeType: 'video/mp4', url: 'https://x/y.mp4' }] }],
    });
    expect(validateCard(media)).toContain('webex: Media at $.body[0] is not supported');
    const v15 = validateCard(card({ version: '1.5' }));
    expect(v15).toContain('webex: version must be "1.3", got "1.5"');
    expect(v15.some((p) => p.startsWith('adaptivecards'))).toBe(true);
  });

  it('rejects an unknown element type and a bad enum value', () => {
    expect(validateCard(card({ body: [{ type: 'Table', columns: [] }] })).length).toBeGreaterThan(0);
    const badSize = validateCard(card({ body: [{ type: 'TextBlock', text: 'x', size: 'Huge' }] }));
    expect(badSize.some((p) => p.includes('/body/0/size'))).toBe(true);
  });

  it('rejects duplicate input ids (only the library sees this)', () => {
    const input = { type: 'Input.Text', id: 'q' };
    const problems = validateCard(card({ body: [input, input] }));
    expect(problems.some((p) => p.startsWith('adaptivecards (validate)'))).toBe(true);
  });

  it('assertWebexCard lists the problems in its message', () => {
    expect(() => assertWebexCard(card({ body: [{ type: 'TextBlock' }], fallbackText: 'x' }))).toThrow(
      /required property 'text'[\s\S]*fallbackText/,
    );
  });
});
