import {
  DEFAULT_MEMBERS_PAGE_SIZE,
  detailsCard,
  membersCard,
  notFoundCard,
  pickOneCard,
} from '../cards/index.js';
import type { HandlerContext } from './types.js';

export type GroupView = 'details' | 'targets' | 'originators';

export const GROUP_GONE =
  'This paging group no longer exists (it may have been deleted or moved). Send **paging list** to see the current groups.';

/** Resolves what the person typed to one group and shows it; several matches → pick one; none → closest names. */
export async function replyWithGroup(ctx: HandlerContext, query: string, view: GroupView): Promise<void> {
  const match = await ctx.directory.resolve(query);
  if (match.kind === 'none') {
    await ctx.reply(notFoundCard({ query, suggestions: match.suggestions }));
    return;
  }
  const [only, ...others] = match.groups;
  if (!only || others.length > 0) {
    await ctx.reply(pickOneCard({ query, matches: match.groups }));
    return;
  }
  await replyWithGroupView(ctx, { locationId: only.locationId, pagingId: only.id, view });
}

/** Shows one known group (from a card button or a resolved name); a deleted group gets a plain explanation. */
export async function replyWithGroupView(
  ctx: HandlerContext,
  opts: { locationId: string; pagingId: string; view: GroupView; page?: number; fresh?: boolean },
): Promise<void> {
  const found = await ctx.directory.details(opts.locationId, opts.pagingId, { fresh: opts.fresh });
  if (!found) {
    await ctx.reply({ markdown: GROUP_GONE });
    return;
  }
  const { details, listItem } = found;
  if (opts.view === 'details') {
    await ctx.reply(
      detailsCard({ details, locationId: opts.locationId, locationName: listItem?.locationName }),
    );
    return;
  }
  const agents = (opts.view === 'targets' ? details.targets : details.originators) ?? [];
  await ctx.reply(
    membersCard({
      group: { name: details.name, locationId: opts.locationId, pagingId: opts.pagingId },
      role: opts.view,
      agents,
      page: opts.page ?? 1,
      pageSize: DEFAULT_MEMBERS_PAGE_SIZE,
    }),
  );
}
