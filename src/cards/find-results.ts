import type { PagingListItem } from '../webex/types.js';
import { type Button, checkedButtons, helpButton, showButtons } from './buttons.js';
import type { CardMessage } from './card-types.js';
import { markdownText } from './escape.js';
import { groupDetailLine, groupNameLine, NAME_MAX } from './labels.js';
import { fitMarkdown } from './markdown.js';
import { expandTemplate } from './templates.js';
import { MAX_CARD_ACTIONS } from './webex-limits.js';

export interface FindHit {
  group: PagingListItem;
  role: 'target' | 'originator';
}

export interface FindResultsCardInput {
  /** What the user typed. */
  query: string;
  /** Who that resolved to (display name). */
  person: string;
  hits: FindHit[];
  /** Groups that could not be read and were skipped: the list may be incomplete. */
  failed?: number;
  /** The query is an email address nobody has, so no group was searched. */
  unknownPerson?: boolean;
}

/** Rows listed on the card at most (the fallback lists all that fit). */
const MAX_ROWS = 30;

/** `paging find <person>`: the groups that page this person and the groups this person may page. */
export function findResultsCard(input: FindResultsCardInput): CardMessage {
  const { query, person, hits, failed = 0, unknownPerson = false } = input;
  const who = markdownText(person, NAME_MAX) || markdownText(query, NAME_MAX) || 'that person';
  const groups = mergeByGroup(hits);
  const targetOf = groups.filter((entry) => entry.roles.has('target')).length;
  const originatorOf = groups.filter((entry) => entry.roles.has('originator')).length;
  const title = `Paging groups for ${who}`;
  const searched = cleanQuery(query, person);
  const found = unknownPerson
    ? `Nobody has the email address ${who}.`
    : groups.length === 0
      ? `${who} is not in any paging group.`
      : `Paged by ${targetOf} ${plural(targetOf, 'group')}; can page ${originatorOf} ${plural(originatorOf, 'group')}.`;
  const summary = searched ? `${found} (Searched for "${searched}".)` : found;
  const rows = groups.map(({ group, roles }) => ({
    name: groupNameLine(group.name),
    detail: [groupDetailLine(group), roleText(roles)].filter(Boolean).join(' · '),
  }));

  const buttons: Button[] =
    groups.length === 0
      ? [helpButton()]
      : showButtons(
          groups.map((entry) => entry.group),
          MAX_CARD_ACTIONS,
        );
  const hiddenRows = rows.length - MAX_ROWS;
  const skipped =
    failed > 0
      ? `${failed} paging ${plural(failed, 'group')} could not be read and ${failed === 1 ? 'was' : 'were'} ` +
        'skipped, so this list may be incomplete.'
      : '';
  const notes = [hiddenRows > 0 ? `…and ${hiddenRows} more groups.` : '', skipped].filter(Boolean);

  const card = expandTemplate('find-results', {
    title,
    summary,
    rows: rows.slice(0, MAX_ROWS),
    notes: notes.map((text) => ({ text })),
    buttons: checkedButtons(buttons),
  });
  const markdown = fitMarkdown({
    head: [`**${title}**`, summary],
    items: rows.map((row) => `${row.name} · ${row.detail}`),
    tail: skipped ? [skipped] : [],
  });
  return { card, markdown };
}

interface GroupRoles {
  group: PagingListItem;
  roles: Set<FindHit['role']>;
}

/** A person can be both target and originator of one group: one row per group, roles combined. */
function mergeByGroup(hits: FindHit[]): GroupRoles[] {
  const byKey = new Map<string, GroupRoles>();
  for (const hit of hits) {
    const key = `${hit.group.locationId} ${hit.group.id}`;
    const entry = byKey.get(key) ?? { group: hit.group, roles: new Set() };
    entry.roles.add(hit.role);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

function roleText(roles: Set<FindHit['role']>): string {
  if (roles.has('target') && roles.has('originator')) return 'gets paged, can page';
  return roles.has('target') ? 'gets paged' : 'can page';
}

/** The query, escaped, when it says something the resolved name does not. */
function cleanQuery(query: string, person: string): string {
  const said = markdownText(query, 40);
  return said && query.trim().toLowerCase() !== person.trim().toLowerCase() ? said : '';
}

function plural(n: number, noun: string): string {
  return n === 1 ? noun : `${noun}s`;
}
