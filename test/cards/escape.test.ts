import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { cleanText, escapeMarkdown, markdownText, plainText, truncate } from '../../src/cards/escape.js';
import { HOSTILE_NAMES, INJECTION_NAME } from './fixtures.js';

// What the adaptivecards browser renderer does (`window.markdownit().render(text)`), and a stricter stand-in
// for Webex's own markdown (raw HTML and bare-URL linkifying on), since its parser is not published.
const strict = new MarkdownIt({ html: true, linkify: true });
strict.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });
const renderers = { 'adaptivecards default': new MarkdownIt(), 'html + fuzzy linkify': strict };

/** Text a person would read from rendered HTML that must be a single plain paragraph. */
function paragraphText(html: string): string {
  const match = html.match(/^<p>([\s\S]*)<\/p>\n$/);
  if (!match?.[1] && match?.[1] !== '') throw new Error(`not a plain paragraph: ${html}`);
  return match[1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('escapeMarkdown', () => {
  for (const [rendererName, md] of Object.entries(renderers)) {
    describe(`rendered by markdown-it (${rendererName})`, () => {
      it.each(HOSTILE_NAMES)('shows %j literally, with no markup', (name) => {
        const html = md.render(escapeMarkdown(name));
        // Only the paragraph wrapper: no link, bold, emphasis, image, heading, list, quote, rule, code, HTML.
        expect(html.replace(/^<p>|<\/p>\n$/g, '')).not.toMatch(/<[a-z]/i);
        expect(paragraphText(html)).toBe(cleanText(name));
      });

      it('renders the reference injection name without a link or bold', () => {
        const html = md.render(`Group: ${escapeMarkdown(INJECTION_NAME)}`);
        expect(html).not.toContain('<a');
        expect(html).not.toContain('<strong>');
        expect(html).toContain('**Boss** [click](https://evil.example)');
      });
    });
  }

  it('proves the renderer would have made a link and bold without escaping (the test can fail)', () => {
    const html = new MarkdownIt().render(INJECTION_NAME);
    expect(html).toContain('<a href="https://evil.example">');
    expect(html).toContain('<strong>Boss</strong>');
  });

  it('neutralises Webex mentions, autolinks and HTML in the raw markdown', () => {
    expect(escapeMarkdown('<@personEmail:ceo@example.com>')).toBe(
      '\\<\\@personEmail\\:ceo\\@example\\.com\\>',
    );
    expect(escapeMarkdown('https://x.io')).toBe('https\\://x\\.io');
    expect(escapeMarkdown('<b>')).toBe('\\<b\\>');
  });

  it('escapes block syntax only where it starts a line', () => {
    expect(escapeMarkdown('# Lobby')).toBe('\\# Lobby');
    expect(escapeMarkdown('- Lobby')).toBe('\\- Lobby');
    expect(escapeMarkdown('---')).toBe('\\---');
    expect(escapeMarkdown('1. Floor')).toBe('1\\. Floor');
    expect(escapeMarkdown('2) Floor')).toBe('2\\) Floor');
    expect(escapeMarkdown('Room #2 - East')).toBe('Room #2 - East');
  });

  it('leaves ordinary names and numbers readable', () => {
    expect(escapeMarkdown('+15558675309')).toBe('+15558675309');
    expect(escapeMarkdown('Dr. Who (Lobby)')).toBe('Dr. Who \\(Lobby\\)');
    expect(escapeMarkdown('Note: Floor 2')).toBe('Note: Floor 2');
    expect(escapeMarkdown('Zoë Ünal — 3rd floor')).toBe('Zoë Ünal — 3rd floor');
  });

  it('breaks template syntax so a name can never look like an unbound field', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax is the input under test.
    expect(escapeMarkdown('${name}')).not.toContain('${');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax is the input under test.
    expect(new MarkdownIt().render(escapeMarkdown('${name}'))).toBe('<p>${name}</p>\n');
  });

  it('folds newlines, tabs and control characters into one line', () => {
    expect(escapeMarkdown('a\n\n# b\tc\u0000\u202e')).toBe('a # b c');
  });
});

describe('plainText (button and choice titles)', () => {
  it('keeps markdown characters (buttons are not markdown) but trims and bounds the length', () => {
    expect(plainText('  **Boss**  [x]  ')).toBe('**Boss** [x]');
    const long = plainText('x'.repeat(100), 60);
    expect(Array.from(long)).toHaveLength(60);
    expect(long.endsWith('…')).toBe(true);
  });

  it('breaks ${ with an invisible zero-width space', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax is the input under test.
    expect(plainText('Show ${name}')).toBe('Show $\u200b{name}');
  });
});

describe('truncate and markdownText', () => {
  it('cuts on code points, never inside a surrogate pair', () => {
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('truncates before escaping, so an escape is never cut in half', () => {
    const text = markdownText(`${'a'.repeat(9)}*bold*`, 10);
    expect(text).toBe(`${'a'.repeat(9)}…`);
    expect(markdownText('*'.repeat(20), 5)).toBe('\\*\\*\\*\\*…');
  });
});
