import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CardTemplateError,
  expandTemplate,
  findTemplateSyntax,
  readTemplate,
  TEMPLATE_NAMES,
  templateFor,
  templatesDir,
} from '../../src/cards/templates.js';
import { webexLimitProblems } from '../../src/cards/webex-limits.js';

describe('card templates (cards/*.json)', () => {
  it('finds the template folder from the source tree', () => {
    expect(templatesDir()).toMatch(/\/cards$/);
  });

  it('names every template file, and no other', () => {
    const files = readdirSync(templatesDir()).filter((file) => file.endsWith('.json'));
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual([...TEMPLATE_NAMES].sort());
  });

  it.each(TEMPLATE_NAMES)('%s is a Webex-safe 1.3 card template without $when', (name) => {
    const template = readTemplate(name) as Record<string, unknown>;
    expect(template.type).toBe('AdaptiveCard');
    expect(template.version).toBe('1.3');
    expect(template).not.toHaveProperty('fallbackText');
    const json = JSON.stringify(template);
    // Every false $when makes the library warn; optional parts use $data arrays instead.
    expect(json).not.toContain('$when');
    expect(json).not.toMatch(/Action\.Execute|"Media"|"fallback"/);
    // Buttons come from one repeated Action.Submit bound to `buttons`, so code controls the count.
    expect(template.actions).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: these are the template's own bindings.
      { $data: '${buttons}', type: 'Action.Submit', title: '${title}', data: '${data}' },
    ]);
  });
});

describe('expandTemplate', () => {
  const hint = (title: string, lines: { text: string }[]) =>
    expandTemplate('hint', { title, lines, buttons: [{ title: 'Help', data: { action: 'help' } }] });

  it('binds fields, repeats $data arrays and drops empty ones', () => {
    const card = hint('Title', [{ text: 'one' }, { text: 'two' }]);
    expect(card.body).toEqual([
      { type: 'TextBlock', text: 'Title', size: 'Medium', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: 'one', wrap: true, spacing: 'Small' },
      { type: 'TextBlock', text: 'two', wrap: true, spacing: 'Small' },
    ]);
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Help', data: { action: 'help' } }]);
    expect(hint('Title', []).body).toHaveLength(1);
  });

  it('reuses one Template per file; repeated expansions give independent, equal results', () => {
    expect(templateFor('hint')).toBe(templateFor('hint'));
    expect(templateFor('hint')).not.toBe(templateFor('error'));
    const a = hint('Same', [{ text: 'x' }]);
    const b = hint('Same', [{ text: 'x' }]);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(hint('Other', []).body[0]).toMatchObject({ text: 'Other' });
  });

  it('refuses undefined or null data (the library would leave the binding text in the card)', () => {
    expect(() =>
      expandTemplate('hint', {
        title: undefined as unknown as string,
        lines: [],
        buttons: [],
      }),
    ).toThrow(/card data \$root\.title is undefined/);
    expect(() =>
      expandTemplate('hint', { title: 'x', lines: [{ text: null as unknown as string }], buttons: [] }),
    ).toThrow(CardTemplateError);
  });

  it('throws when a field the template uses is missing from the data', () => {
    expect(() => expandTemplate('hint', { title: 'x', lines: [{ wrong: 'y' }], buttons: [] })).toThrow(
      /unbound field left in the card at \$\.body\[1\]\.text/,
    );
  });

  it('throws when code builds more than five buttons', () => {
    const buttons = Array.from({ length: 6 }, (_, i) => ({ title: `B${i}`, data: { action: 'help' } }));
    expect(() => expandTemplate('hint', { title: 'x', lines: [], buttons })).toThrow(/at most 5/);
  });
});

describe('findTemplateSyntax and webexLimitProblems', () => {
  it('reports the path of a leftover binding, in values and keys', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an unbound template field is the input under test.
    expect(findTemplateSyntax({ a: [{ b: 'ok' }, { c: 'x ${y}' }] })).toBe('$.a[1].c');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: an unbound template key is the input under test.
    expect(findTemplateSyntax({ '${k}': 1 })).toBe('$.${k}');
    expect(findTemplateSyntax({ a: 'fine $ {' })).toBeUndefined();
  });

  it('lists every Webex rule a card breaks', () => {
    const problems = webexLimitProblems({
      type: 'AdaptiveCard',
      version: '1.4',
      fallbackText: 'x',
      body: [{ type: 'Media' }, { type: 'ActionSet', actions: [{}, {}, {}] }],
      actions: [{ type: 'Action.Execute' }, {}, {}],
    });
    expect(problems).toEqual([
      'version must be "1.3" (got "1.4")',
      'card-level fallbackText is not supported by Webex',
      '$.body[0]: Media is not supported',
      '$.actions[0]: Action.Execute is not supported',
      '6 actions in total; Webex allows at most 5',
    ]);
  });
});
