import { describe, expect, it } from 'vitest';
import { fitMarkdown, MARKDOWN_MAX_BYTES, truncateBytes } from '../../src/cards/markdown.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('fitMarkdown', () => {
  it('joins head paragraphs, a bullet list and tail paragraphs', () => {
    expect(fitMarkdown({ head: ['**Title**', 'Intro'], items: ['a', 'b'], tail: ['End'] })).toBe(
      '**Title**\n\nIntro\n\n- a\n- b\n\nEnd',
    );
    expect(fitMarkdown({ head: ['Only'] })).toBe('Only');
  });

  it('drops items from the end with "…and N more" to stay within the byte limit', () => {
    const items = Array.from({ length: 200 }, (_, i) => `Item ${i + 1} ${'é'.repeat(40)}`);
    const out = fitMarkdown({ head: ['Head'], items, tail: ['Tail'] });
    expect(bytes(out)).toBeLessThanOrEqual(MARKDOWN_MAX_BYTES);
    const shown = out.match(/^- Item \d+/gm) ?? [];
    expect(out).toContain(`- …and ${200 - shown.length} more\n\nTail`);
    // As many as fit: one more item would not have fitted.
    const next = fitMarkdown(
      { head: ['Head'], items: items.slice(0, shown.length + 1), tail: ['Tail'] },
      bytes(out),
    );
    expect(next).toContain('…and 1 more');
  });

  it('uses a custom "more" line and limit', () => {
    const out = fitMarkdown({ head: ['H'], items: ['aaaa', 'bbbb', 'cccc'], more: (n) => `+${n}` }, 16);
    expect(out).toBe('H\n\n- aaaa\n- +2');
  });

  it('cuts the head itself when it alone is too long', () => {
    const out = fitMarkdown({ head: ['x'.repeat(10_000)], items: ['a'] });
    expect(bytes(out)).toBeLessThanOrEqual(MARKDOWN_MAX_BYTES);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('truncateBytes', () => {
  it('never splits a multi-byte character or leaves half an escape', () => {
    expect(truncateBytes('ééééé', 7)).toBe('éé…');
    expect(truncateBytes('😀😀', 7)).toBe('😀…');
    expect(truncateBytes('😀😀', 6)).toBe('…');
    expect(truncateBytes('abc\\*def', 7)).toBe('abc…');
    expect(truncateBytes('short', 10)).toBe('short');
  });
});
