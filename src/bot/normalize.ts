/** Longest command we try to understand; a paging group name is ≤ 30 characters, a person's name or email ≤ 254. */
export const MAX_COMMAND_LENGTH = 300;

export type Normalized =
  | { ok: true; text: string }
  | { ok: false; reason: 'empty' | 'too-long' | 'control-chars' };

/**
 * Turns what the person typed into a command line: drops the bot's @mention (group spaces), collapses white
 * space, drops trailing `?`, `!` and `.`, and refuses empty, absurdly long or control-character input.
 */
export function normalizeCommand(text: string, mention?: string): Normalized {
  let line = text.replace(/\s+/gu, ' ').trim();
  if (mention) line = stripLeadingMention(line, mention);
  if (line.length > MAX_COMMAND_LENGTH) return { ok: false, reason: 'too-long' };
  // Any C0/C1 control or bidi override left after folding white space is not something a person typed on purpose.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting control characters is the point
  if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.test(line))
    return { ok: false, reason: 'control-chars' };
  line = line.replace(/[\s?!.]+$/u, '').trim();
  if (!line) return { ok: false, reason: 'empty' };
  return { ok: true, text: line };
}

function stripLeadingMention(line: string, mention: string): string {
  const name = mention.trim();
  if (!name) return line;
  if (line.toLowerCase().startsWith(name.toLowerCase())) {
    return line
      .slice(name.length)
      .replace(/^[\s,:]+/u, '')
      .trim();
  }
  return line;
}

/** The text of the bot's own `<spark-mention>` in a message's html, i.e. how the person addressed it. */
export function mentionTextFor(html: string | undefined, botId: string): string | undefined {
  if (!html) return undefined;
  const pattern = /<spark-mention[^>]*data-object-id="([^"]+)"[^>]*>(.*?)<\/spark-mention>/gsu;
  for (const match of html.matchAll(pattern)) {
    if (match[1] === botId && match[2] !== undefined) return decodeEntities(match[2]);
  }
  return undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
