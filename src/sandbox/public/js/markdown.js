// Markdown like the Webex app shows it: raw HTML is escaped (html:false), links open in a new tab without an
// opener, and mentions (<@personId:ID|Name>, <@personEmail:EMAIL|Name>, <@all>) become highlighted names.

// Sticky: matched where the inline parser stands. Group 2 is the id or email, 3 the name, 4 `all`.
const MENTION = /<@(?:(personId|personEmail):([^|>]+)(?:\|([^>]*))?|(all))>/y;

function createMarkdown(options, { mentions = false } = {}) {
  const md = window.markdownit({ html: false, ...options });
  const defaultLinkOpen =
    md.renderer.rules.link_open ?? ((tokens, i, opts, _env, self) => self.renderToken(tokens, i, opts));
  md.renderer.rules.link_open = (tokens, i, opts, env, self) => {
    tokens[i].attrSet('target', '_blank');
    tokens[i].attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, i, opts, env, self);
  };
  if (mentions) addMentions(md);
  return md;
}

/**
 * Mentions as an inline rule: it runs where markdown-it parses inline text, so a mention in a code span or block
 * stays as typed, one in a link title stays plain text, and one in an image's alt text becomes the name.
 */
function addMentions(md) {
  md.inline.ruler.before('autolink', 'mention', (state, silent) => {
    if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
    MENTION.lastIndex = state.pos;
    const match = MENTION.exec(state.src);
    if (!match) return false;
    if (!silent) {
      const [, , value, name, all] = match;
      state.push('mention', '', 0).content = all ? 'all' : name || value;
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules.mention = (tokens, i) =>
    `<span class="mention">${md.utils.escapeHtml(tokens[i].content)}</span>`;
  // An image's alt text is its children as plain text, which skips token types markdown-it does not know.
  const image = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, i, opts, env, self) => {
    for (const child of tokens[i].children ?? []) if (child.type === 'mention') child.type = 'text';
    return image(tokens, i, opts, env, self);
  };
}

let messageMd;
let cardMd;

/** Message markdown (line breaks kept, bare URLs linked, mentions highlighted) → safe HTML. */
export function renderMessageMarkdown(markdown) {
  messageMd ??= createMarkdown({ breaks: true, linkify: true }, { mentions: true });
  return messageMd.render(markdown);
}

/**
 * Card TextBlocks: the same defaults as the renderer's own `window.markdownit().render(text)`, so cards look as
 * the cards' tests expect, plus safe link attributes.
 */
export function renderCardMarkdown(text) {
  cardMd ??= createMarkdown({});
  return cardMd.render(text);
}
