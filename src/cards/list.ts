import type { PagingListItem } from '../webex/types.js';
import { groupChoiceValue } from './action-data.js';
import { type Button, button, checkedButtons, helpButton, showButtons } from './buttons.js';
import type { CardMessage } from './card-types.js';
import { markdownText } from './escape.js';
import { groupChoiceTitle, groupRow } from './labels.js';
import { fitMarkdown } from './markdown.js';
import { expandTemplate } from './templates.js';

export type ListedGroup = PagingListItem & { enabled?: boolean };

export interface ListCardInput {
  /** The groups of this page only. */
  groups: ListedGroup[];
  page: number;
  pageSize: number;
  /** Groups on all pages. */
  total: number;
  /** The location filter the user gave, if any (shown, and carried to the next page). */
  location?: string;
}

/** Up to this many groups get one "Show" button each; more get a ChoiceSet and a single "Show". */
export const MAX_GROUP_BUTTONS = 3;

/** One page of paging groups, with a way to open one and to fetch the next page. */
export function listCard(input: ListCardInput): CardMessage {
  const { groups, location } = input;
  const page = Math.max(1, Math.floor(input.page));
  const pageSize = Math.max(1, Math.floor(input.pageSize));
  const where = location ? ` in ${markdownText(location, 40)}` : '';
  if (groups.length === 0) return emptyListCard(input.total, page, location, where);

  const first = (page - 1) * pageSize + 1;
  const last = first + groups.length - 1;
  const total = Math.max(input.total, last);
  const pages = Math.ceil(total / pageSize);
  const summary = `${first}–${last} of ${total} · page ${page} of ${pages}`;
  const title = `Paging groups${where}`;
  const rows = groups.map(groupRow);

  const buttons: Button[] = [];
  const pickers: GroupPicker[] = [];
  if (groups.length <= MAX_GROUP_BUTTONS) {
    buttons.push(...showButtons(groups));
  } else {
    pickers.push(groupPicker(groups, 'Pick a group to show'));
    buttons.push(button('Show', { action: 'paging.choose' }));
  }
  if (page < pages) buttons.push(button('More', { action: 'paging.list', page: page + 1, location }));

  const card = expandTemplate('list', {
    title,
    summary: [{ text: summary }],
    rows,
    notes: [],
    pickers,
    buttons: checkedButtons(buttons),
  });
  const markdown = fitMarkdown({
    head: [`**${title}** (${summary})`],
    items: rows.map((row) => `${row.name} · ${row.detail}`),
  });
  return { card, markdown };
}

function emptyListCard(
  total: number,
  page: number,
  location: string | undefined,
  where: string,
): CardMessage {
  const pastEnd = total > 0 && page > 1;
  const title = pastEnd ? `No more paging groups${where}` : `No paging groups${where}`;
  const note = pastEnd
    ? `Page ${page} is past the end: there are ${total} groups.`
    : location
      ? 'No paging group matches that location.'
      : 'This organization has no paging groups yet.';
  const buttons = [helpButton()];
  if (pastEnd) buttons.unshift(button('First page', { action: 'paging.list', page: 1, location }));
  else if (location) buttons.unshift(button('All locations', { action: 'paging.list', page: 1 }));
  const card = expandTemplate('list', {
    title,
    summary: [],
    rows: [],
    notes: [{ text: note }],
    pickers: [],
    buttons: checkedButtons(buttons),
  });
  return { card, markdown: fitMarkdown({ head: [`**${title}**`, note] }) };
}

export type GroupPicker = {
  label: string;
  value: string;
  choices: { title: string; value: string }[];
};

/**
 * Data for the template's compact Input.ChoiceSet (its id is `group`, which paging.choose reads). The first
 * group is preselected, so no button click can submit it empty.
 */
export function groupPicker(groups: PagingListItem[], label: string): GroupPicker {
  const choices = groups.map((group) => ({
    title: groupChoiceTitle(group),
    value: groupChoiceValue(group.locationId, group.id),
  }));
  return { label, value: choices[0]?.value ?? '', choices };
}
