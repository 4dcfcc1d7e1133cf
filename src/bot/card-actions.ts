import type { CardAction } from '../cards/action-data.js';
import { helpFor } from './commands.js';
import { replyWithGroupView } from './group-views.js';
import { replyWithList } from './list-view.js';
import type { CommandRegistry } from './registry.js';
import type { HandlerContext } from './types.js';

/** Runs one validated card action (the button's `data`, merged with the card's inputs by Webex). */
export async function runCardAction(
  ctx: HandlerContext,
  action: CardAction,
  registry: CommandRegistry,
): Promise<void> {
  switch (action.action) {
    case 'paging.show':
    case 'paging.choose':
    case 'paging.refresh':
      return replyWithGroupView(ctx, {
        locationId: action.locationId,
        pagingId: action.pagingId,
        view: 'details',
        fresh: action.action === 'paging.refresh',
      });
    case 'paging.targets':
    case 'paging.originators':
      return replyWithGroupView(ctx, {
        locationId: action.locationId,
        pagingId: action.pagingId,
        view: action.action === 'paging.targets' ? 'targets' : 'originators',
        page: action.page,
      });
    case 'paging.list':
      return replyWithList(ctx, { location: action.location, page: action.page });
    case 'help':
      return ctx.reply(helpFor(registry));
  }
}
