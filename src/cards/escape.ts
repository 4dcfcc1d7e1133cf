// Text hygiene for everything that reaches a card or a markdown message. Strings from the Webex API or from
// the user (group names, locations, queries) must show literally: no bold, no links, no mentions, no HTML,
// and never a `${` that the templating engine or our own leftover-binding check could mistake for a field.

/** Control characters, and bidi overrides that can make a name read backwards (spoofing). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const WHITESPACE_RUN = /\s+/g;
const ZERO_WIDTH_SPACE = '\u200b';
const ELLIPSIS = '…';

/**
 * One line of safe plain text: control characters removed, every whitespace run (newlines too) made one space,
 * trimmed. Markdown block syntax only starts at a line start, so single-line values keep escaping simple.
 */
export function cleanText(s: string): string {
  return s.replace(UNSAFE_CHARS, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** Shortens to at most `max` characters (code points), ending in "…" when cut. */
export function truncate(s: string, max: number): string {
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  if (max <= 1) return ELLIPSIS.slice(0, max);
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}${ELLIPSIS}`;
}

/**
 * Text for places that are never rendered as markdown (Action titles, ChoiceSet titles, data values):
 * cleaned, bounded, and with `${` broken by an invisible zero-width space so it can never read as a binding.
 */
export function plainText(s: string, max = 60): string {
  return truncate(cleanText(s), max).replaceAll('${', `$${ZERO_WIDTH_SPACE}{`);
}

// Inline markdown that works anywhere in a line: emphasis and code (* _ ` ~), links and images ([ ] and, for
// parsers that mishandle an escaped bracket, ( ) too), HTML, autolinks and Webex mentions (< >), entities (&),
// table cells (|), escapes (\), template braces ({). `@` stops bare e-mail links and <@personEmail:x@y> mentions.
const INLINE_SPECIAL = /[\\`*_~[\]()<>&|{@]/g;
// A scheme colon (https:, mailto:, personEmail:x) lets renderers autolink; "Note: x" is left alone.
const SCHEME_COLON = /(?<=[A-Za-z]):(?=\S)/g;
// A dot inside a word or number (evil.example, www.x.com) is what linkifiers take for a domain.
const DOMAIN_DOT = /(?<=[A-Za-z0-9])\.(?=[A-Za-z0-9])/g;
// Block syntax only counts at the start of a line: headings, bullets and rules ("- x", "---"), ordered lists
// ("1." / "1)"); quotes (>) and "1)" are escaped inline already. Names are one line after cleanText, so only the very
// start matters. "+1 555…" and "-5" stay as they are: a bullet needs a space after the marker.
const LEADING_BLOCK = /^(#{1,6}(?=\s|$)|[+-](?!\d))/;
const LEADING_ORDERED = /^(\d{1,9})(\.)(?=\s|$)/;

/**
 * Escapes a user/API string so that markdown renderers (Webex messages, Adaptive Card TextBlocks and FactSets)
 * show it literally: no bold, links, mentions or HTML. Uses CommonMark backslash escapes, so the rendered text
 * reads like the input (after `cleanText`); ordinary text such as "+1 555", "Dr. Who" or "Note: x" is
 * left as it is. Apply after truncating, so an escape is never cut in half.
 */
export function escapeMarkdown(s: string): string {
  return cleanText(s)
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(SCHEME_COLON, '\\:')
    .replace(DOMAIN_DOT, '\\.')
    .replace(LEADING_BLOCK, '\\$1')
    .replace(LEADING_ORDERED, '$1\\$2');
}

/** The usual pipeline for a name shown in markdown: clean, bound to `max` characters, escape. */
export function markdownText(s: string, max = 200): string {
  return escapeMarkdown(truncate(cleanText(s), max));
}
