import type { PagingAgent } from '../webex/types.js';
import { type Button, button, checkedButtons } from './buttons.js';
import type { CardMessage } from './card-types.js';
import { agentLine, groupNameLine } from './labels.js';
import { fitMarkdown } from './markdown.js';
import { clampPageSize, pageWindow } from './paging.js';
import { expandTemplate } from './templates.js';

export interface MembersCardInput {
  group: { name: string; locationId: string; pagingId: string };
  role: 'targets' | 'originators';
  agents: PagingAgent[];
  page: number;
  pageSize: number;
}

/** One page of a group's targets or originators; a page past the end shows the last page. */
export function membersCard(input: MembersCardInput): CardMessage {
  const { group, role, agents } = input;
  const pageSize = clampPageSize(input.pageSize);
  const { page, pages, start, end } = pageWindow(agents.length, input.page, pageSize);
  const name = groupNameLine(group.name);
  const title = role === 'targets' ? `Who gets paged by ${name}` : `Who can page ${name}`;
  const noun = role === 'targets' ? 'target' : 'originator';
  const summary =
    agents.length === 0
      ? `No ${noun}s`
      : `${start + 1}–${end} of ${agents.length} ${agents.length === 1 ? noun : `${noun}s`} · page ${page} of ${pages}`;
  const rows = agents.slice(start, end).map(agentLine);
  const notes =
    agents.length === 0
      ? [role === 'targets' ? 'Nobody is paged by this group.' : 'Nobody is set up to page this group.']
      : [];

  const ref = { locationId: group.locationId, pagingId: group.pagingId };
  const action = role === 'targets' ? 'paging.targets' : 'paging.originators';
  const buttons: Button[] = [];
  if (page > 1) buttons.push(button('Previous page', { action, ...ref, page: page - 1 }));
  if (page < pages) buttons.push(button('Next page', { action, ...ref, page: page + 1 }));
  buttons.push(button('Back to group', { action: 'paging.show', ...ref }));

  const card = expandTemplate('members', {
    title,
    summary,
    rows: rows.map((text) => ({ text })),
    notes: notes.map((text) => ({ text })),
    buttons: checkedButtons(buttons),
  });
  const markdown = fitMarkdown({ head: [`**${title}** (${summary})`, ...notes], items: rows });
  return { card, markdown };
}
