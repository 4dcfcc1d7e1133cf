// Message markdown → `text`, `html` and mentions, the way Webex derives them on POST /messages.
// Mentions `<@personId:ID|Name>`, `<@personEmail:email|Name>` (Name optional) and `<@all>` become the name in
// `text` and <spark-mention> in `html`. Backslash escapes are honoured so escaped user data stays literal.
// HTML output escapes everything it did not generate itself (a browser page renders it).

export interface MentionTarget {
  id: string;
  displayName: string;
}

export interface RenderedMarkdown {
  text: string;
  html: string;
  mentionedPeople: string[];
  mentionedGroups: string[];
}

export type MentionResolver = (kind: 'personId' | 'personEmail', value: string) => MentionTarget | undefined;

const MENTION = /<@(personId|personEmail):([^|>\s]+)(?:\|([^>]*))?>|<@all(?:\|([^>]*))?>/g;
const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!<>~|])/g;
// Private-use characters delimit placeholders; they are stripped from input first.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACEHOLDER = /\uE000(\d+)\uE001/g;

interface Token {
  text: string;
  html: string;
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

export function renderMarkdown(markdown: string, resolve: MentionResolver): RenderedMarkdown {
  const tokens: Token[] = [];
  const mentionedPeople: string[] = [];
  const mentionedGroups: string[] = [];
  const hold = (token: Token) => `${OPEN}${tokens.push(token) - 1}${CLOSE}`;

  let source = markdown.replace(/[\uE000\uE001]/g, ' ');
  source = source.replace(ESCAPABLE, (_m, ch: string) => hold({ text: ch, html: escapeHtml(ch) }));
  source = source.replace(MENTION, (raw, kind?: string, value?: string, name?: string, allName?: string) => {
    if (!kind) {
      if (!mentionedGroups.includes('all')) mentionedGroups.push('all');
      const label = allName?.trim() || 'All';
      return hold({
        text: label,
        html: `<spark-mention data-object-type="groupMention" data-group-type="all">${escapeHtml(label)}</spark-mention>`,
      });
    }
    const target = resolve(kind as 'personId' | 'personEmail', value ?? '');
    if (!target)
      return hold({ text: name?.trim() || value || raw, html: escapeHtml(name?.trim() || value || raw) });
    if (!mentionedPeople.includes(target.id)) mentionedPeople.push(target.id);
    const label = name?.trim() || target.displayName;
    return hold({
      text: label,
      html: `<spark-mention data-object-type="person" data-object-id="${escapeHtml(target.id)}">${escapeHtml(label)}</spark-mention>`,
    });
  });

  const blocks = toBlocks(source);
  const html = blocks.map((block) => blockHtml(block, hold)).join('');
  const text = blocks
    .map((block) => blockText(block, hold))
    .join('\n')
    .trim();
  const expand = (value: string, field: keyof Token): string =>
    value.replace(PLACEHOLDER, (_m, index: string) => expand(tokens[Number(index)]?.[field] ?? '', field));
  return { text: expand(text, 'text'), html: expand(html, 'html'), mentionedPeople, mentionedGroups };
}

type Block =
  | { kind: 'code'; lines: string[] }
  | { kind: 'heading'; level: number; line: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; lines: string[] }
  | { kind: 'paragraph'; lines: string[] };

const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+(.*)$/;

function toBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (/^\s*```/.test(line)) {
      const code: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```/.test(lines[i] ?? '')) code.push(lines[i++] ?? '');
      i++;
      blocks.push({ kind: 'code', lines: code });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, line: heading[2] ?? '' });
      i++;
      continue;
    }
    const first = LIST_ITEM.exec(line);
    if (first) {
      const ordered = /\d/.test(first[1] ?? '');
      const items: string[] = [];
      for (
        let match: RegExpExecArray | null = first;
        match && /\d/.test(match[1] ?? '') === ordered;
        match = LIST_ITEM.exec(lines[i] ?? '')
      ) {
        items.push(match[2] ?? '');
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
      continue;
    }
    if (/^\s*>/.test(line)) {
      const quote: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i] ?? ''))
        quote.push((lines[i++] ?? '').replace(/^\s*>\s?/, ''));
      blocks.push({ kind: 'quote', lines: quote });
      continue;
    }
    if (line.trim() === '') {
      i++;
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length) {
      const next = lines[i] ?? '';
      if (
        next.trim() === '' ||
        /^\s*```/.test(next) ||
        /^#{1,6}\s/.test(next) ||
        LIST_ITEM.test(next) ||
        /^\s*>/.test(next)
      ) {
        break;
      }
      paragraph.push(next);
      i++;
    }
    blocks.push({ kind: 'paragraph', lines: paragraph });
  }
  return blocks;
}

type Hold = (token: Token) => string;

function blockHtml(block: Block, hold: Hold): string {
  switch (block.kind) {
    case 'code':
      return `<pre><code>${escapeHtml(block.lines.join('\n'))}</code></pre>`;
    case 'heading':
      return `<h${block.level}>${inlineHtml(block.line, hold)}</h${block.level}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${inlineHtml(item, hold)}</li>`).join('')}</${tag}>`;
    }
    case 'quote':
      return `<blockquote>${block.lines.map((l) => inlineHtml(l, hold)).join('<br/>')}</blockquote>`;
    case 'paragraph':
      return `<p>${block.lines.map((l) => inlineHtml(l, hold)).join('<br/>')}</p>`;
  }
}

function blockText(block: Block, hold: Hold): string {
  switch (block.kind) {
    case 'code':
      return block.lines.join('\n');
    case 'heading':
      return inlineText(block.line, hold);
    case 'list':
      return block.items
        .map((item, n) => `${block.ordered ? `${n + 1}.` : '-'} ${inlineText(item, hold)}`)
        .join('\n');
    case 'quote':
    case 'paragraph':
      return block.lines.map((l) => inlineText(l, hold)).join('\n');
  }
}

const SAFE_URL = /^(https?:\/\/|mailto:)/i;

function inlineHtml(line: string, hold: Hold): string {
  let out = line.replace(/`([^`]+)`/g, (_m, code: string) =>
    hold({ text: code, html: `<code>${escapeHtml(code)}</code>` }),
  );
  out = out.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (raw, label: string, url: string) =>
    SAFE_URL.test(url)
      ? hold({
          text: label,
          html: `<a href="${escapeHtml(url)}" rel="nofollow">${inlineHtml(label, hold)}</a>`,
        })
      : raw,
  );
  out = out.replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, (_m, url: string) =>
    hold({ text: url, html: `<a href="${escapeHtml(url)}" rel="nofollow">${escapeHtml(url)}</a>` }),
  );
  out = escapeHtml(out);
  return emphasis(out, (tag, inner) => `<${tag}>${inner}</${tag}>`);
}

function inlineText(line: string, hold: Hold): string {
  let out = line.replace(/`([^`]+)`/g, (_m, code: string) => hold({ text: code, html: '' }));
  out = out.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (raw, label: string, url: string) =>
    SAFE_URL.test(url) ? inlineText(label, hold) : raw,
  );
  out = out.replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1');
  return emphasis(out, (_tag, inner) => inner);
}

function emphasis(value: string, wrap: (tag: string, inner: string) => string): string {
  return value
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, (_m, inner: string) => wrap('strong', inner))
    .replace(
      /(^|[^\w])__(?=\S)([\s\S]*?\S)__(?![\w])/g,
      (_m, pre: string, inner: string) => pre + wrap('strong', inner),
    )
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, (_m, inner: string) => wrap('del', inner))
    .replace(/\*(?=\S)([^*]*?\S)\*/g, (_m, inner: string) => wrap('em', inner))
    .replace(
      /(^|[^\w])_(?=\S)([^_]*?\S)_(?![\w])/g,
      (_m, pre: string, inner: string) => pre + wrap('em', inner),
    );
}
