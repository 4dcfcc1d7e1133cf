import type { PagingListItem } from '../webex/types.js';
import { type Button, button, checkedButtons, helpButton, showButtons } from './buttons.js';
import type { CardMessage } from './card-types.js';
import { markdownText } from './escape.js';
import { groupMarkdownLine, groupRow } from './labels.js';
import { type GroupPicker, groupPicker } from './list.js';
import { fitMarkdown } from './markdown.js';
import { expandTemplate } from './templates.js';
import { MAX_CARD_ACTIONS } from './webex-limits.js';

export interface PickOneCardInput {
  query: string;
  matches: PagingListItem[];
}

/** Rows listed at most; beyond that the card would get long and the user should narrow the query. */
const MAX_ROWS = 25;

/** Several groups match the query (often the same name in several locations): let the user pick one. */
export function pickOneCard({ query, matches }: PickOneCardInput): CardMessage {
  const said = markdownText(query, 40);
  const title = `Several groups match "${said}"`;
  const listed = matches.slice(0, MAX_ROWS);
  const summary = `${matches.length} paging groups match. Which one do you mean?`;
  const rows = listed.map(groupRow);

  const buttons: Button[] = [];
  const pickers: GroupPicker[] = [];
  if (matches.length === 0) {
    buttons.push(helpButton());
  } else if (matches.length <= MAX_CARD_ACTIONS) {
    buttons.push(...showButtons(matches));
  } else {
    pickers.push(groupPicker(listed, 'Pick a group to show'));
    buttons.push(button('Show', { action: 'paging.choose' }));
  }
  const notes =
    matches.length > listed.length
      ? [{ text: `…and ${matches.length - listed.length} more: try a longer name.` }]
      : [];

  // The list's template fits as it is: title, summary, rows, notes, a picker and buttons.
  const card = expandTemplate('list', {
    title,
    summary: [{ text: summary }],
    rows,
    notes,
    pickers,
    buttons: checkedButtons(buttons),
  });
  const markdown = fitMarkdown({
    head: [`**${title}**`, summary],
    items: matches.map(groupMarkdownLine),
  });
  return { card, markdown };
}
