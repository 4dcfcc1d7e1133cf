import { listCard } from '../cards/index.js';
import type { HandlerContext } from './types.js';

export const LIST_PAGE_SIZE = 8;

/** One page of the group list, with each group's enabled state (the list endpoint does not return it). */
export async function replyWithList(
  ctx: HandlerContext,
  opts: { location?: string; page: number },
): Promise<void> {
  const { groups } = await ctx.directory.listGroups({ location: opts.location });
  const pages = Math.max(1, Math.ceil(groups.length / LIST_PAGE_SIZE));
  const page = Math.min(Math.max(1, opts.page), pages);
  const slice = groups.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE);
  const enabled = await ctx.directory.enabledStates(slice);
  await ctx.reply(
    listCard({
      groups: slice.map((group) => ({ ...group, enabled: enabled.get(group.id) })),
      page,
      pageSize: LIST_PAGE_SIZE,
      total: groups.length,
      location: opts.location,
    }),
  );
}
