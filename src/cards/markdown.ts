// Builds the markdown fallback that travels with every card. Clients that cannot render the card (and cards
// Webex rejects) show this instead, so it carries the same facts. Webex caps `markdown` at 7439 bytes.

export const MARKDOWN_MAX_BYTES = 7439;

const encoder = new TextEncoder();
const byteLength = (s: string): number => encoder.encode(s).length;

export interface MarkdownParts {
  /** Paragraphs before the list (already escaped where they hold user text). */
  head: string[];
  /** One bullet each; cut from the end with "…and N more" when the message would be too long. */
  items?: string[];
  /** Paragraphs after the list. */
  tail?: string[];
  /** Line shown when items are cut; default "…and N more". */
  more?: (hidden: number) => string;
}

/**
 * Joins the parts into markdown of at most `maxBytes` UTF-8 bytes. Items are dropped from the end first (and
 * counted in the "more" line); head and tail are cut only if they alone do not fit.
 */
export function fitMarkdown(parts: MarkdownParts, maxBytes = MARKDOWN_MAX_BYTES): string {
  const { head, items = [], tail = [], more = (n: number) => `…and ${n} more` } = parts;
  const compose = (shown: string[], hidden: number): string => {
    const list = shown.map((item) => `- ${item}`);
    if (hidden > 0) list.push(`- ${more(hidden)}`);
    return [...head, list.join('\n'), ...tail].filter((block) => block !== '').join('\n\n');
  };

  const full = compose(items, 0);
  if (byteLength(full) <= maxBytes) return full;

  // Binary search for the most items that still fit together with the "more" line.
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (byteLength(compose(items.slice(0, mid), items.length - mid)) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return truncateBytes(compose(items.slice(0, low), items.length - low), maxBytes);
}

/** Cuts a string to at most `maxBytes` UTF-8 bytes on a code point boundary, ending in "…" when cut. */
export function truncateBytes(s: string, maxBytes: number): string {
  if (byteLength(s) <= maxBytes) return s;
  const budget = maxBytes - byteLength('…');
  let used = 0;
  let out = '';
  for (const ch of s) {
    const size = byteLength(ch);
    if (used + size > budget) break;
    used += size;
    out += ch;
  }
  // Never end on a backslash: it could be half of an escape sequence.
  return `${out.replace(/\\+$/, '')}…`;
}
