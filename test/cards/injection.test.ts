// Hostile group, location, person and query names must show literally everywhere: in the card's markdown
// text (as the adaptivecards renderer would render it) and in the markdown fallback.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { CardMessage } from '../../src/cards/index.js';
import { markdownTexts, submitActions } from './card-walk.js';
import { expectValidMessage } from './expect-card.js';
import { everyCard, HOSTILE_NAMES, INJECTION_NAME } from './fixtures.js';

const adaptiveCardsRenderer = new MarkdownIt();
const strictRenderer = new MarkdownIt({ html: true, linkify: true });
strictRenderer.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });

describe.each(HOSTILE_NAMES)('hostile text %j', (name) => {
  const cards = everyCard(name);

  it.each(Object.keys(cards))('%s: valid card whose text renders without any markup', (key) => {
    const message = cards[key] as CardMessage;
    expectValidMessage(message);
    for (const text of markdownTexts(message.card)) {
      for (const md of [adaptiveCardsRenderer, strictRenderer]) {
        const inner = md.render(text).replace(/^<p>|<\/p>\n$/g, '');
        expect(inner, `TextBlock ${JSON.stringify(text)}`).not.toMatch(/<[a-z]/i);
      }
    }
  });

  it.each(Object.keys(cards))('%s: fallback markdown renders no link, image, HTML or mention', (key) => {
    const { markdown } = cards[key] as CardMessage;
    for (const md of [adaptiveCardsRenderer, strictRenderer]) {
      // Our own "Send `help`" is the only code span allowed.
      const html = md.render(markdown).replaceAll('<code>help</code>', 'help');
      expect(html).not.toMatch(/<(a|img|script|b|em|h\d|blockquote|hr|code|s|del|ol)[\s>]/i);
      // Our own bold labels are fine; the hostile name must not have produced any.
      expect(html).not.toContain('<strong>Boss</strong>');
      expect(markdown).not.toMatch(/(^|[^\\])<@/);
    }
  });
});

describe('the reference injection name', () => {
  it('is shown literally in the details card and its fallback', () => {
    const { card, markdown } = everyCard(INJECTION_NAME).details as CardMessage;
    const title = adaptiveCardsRenderer.render(markdownTexts(card)[0] ?? '');
    expect(title).toBe('<p>**Boss** [click](https://evil.example)</p>\n');
    const fallback = adaptiveCardsRenderer.render(markdown);
    expect(fallback).toContain('**Boss** [click](https://evil.example)');
    expect(fallback).not.toContain('<a');
  });

  it('keeps button titles plain (not escaped) and bounded', () => {
    const titles = submitActions((everyCard(INJECTION_NAME).pickOne as CardMessage).card).map((a) => a.title);
    expect(titles[0]).toBe('Show **Boss** [click](https://ev… · **Boss** [click](https:…');
    for (const title of titles) expect(Array.from(title).length).toBeLessThanOrEqual(60);
  });
});
