import type { PagingListItem } from '../webex/types.js';
import { type Button, checkedButtons, helpButton, showButtons } from './buttons.js';
import type { CardMessage } from './card-types.js';
import { markdownText } from './escape.js';
import { groupRow } from './labels.js';
import { fitMarkdown } from './markdown.js';
import { expandTemplate } from './templates.js';

export interface NotFoundCardInput {
  query: string;
  /** Closest names first. */
  suggestions: PagingListItem[];
}

/** Suggestion buttons; one more button is Help (Webex allows five). */
export const MAX_SUGGESTIONS = 4;

/** No group matches the query: offer the closest names as buttons, and Help. */
export function notFoundCard({ query, suggestions }: NotFoundCardInput): CardMessage {
  const said = markdownText(query, 40);
  const title = `No paging group matches "${said}"`;
  const shown = suggestions.slice(0, MAX_SUGGESTIONS);
  const intro =
    shown.length > 0 ? 'Did you mean one of these?' : 'Check the name, or list the paging groups.';
  const buttons: Button[] = [...showButtons(shown), helpButton()];
  const rows = shown.map(groupRow);
  const card = expandTemplate('not-found', { title, intro, rows, buttons: checkedButtons(buttons) });
  const markdown = fitMarkdown({
    head: [`**${title}**`, intro],
    items: rows.map((row) => `${row.name} · ${row.detail}`),
    tail: ['Send `help` to see every command.'],
  });
  return { card, markdown };
}
