import { listCard, pageWindow } from '../cards/index.js';
import type { HandlerContext } from './types.js';

export const LIST_PAGE_SIZE = 8;

/** One page of the group list, with each group's enabled state (the list endpoint does not return it). */
export async function replyWithList(
  ctx: HandlerContext,
  opts: { location?: string; page: number },
): Promise<void> {
  const { groups } = await ctx.directory.listGroups({ location: opts.location });
  // A page past the end (the list shrank since the button was sent) shows the last page.
  const { page, start, end } = pageWindow(groups.length, opts.page, LIST_PAGE_SIZE);
  const slice = groups.slice(start, end);
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
