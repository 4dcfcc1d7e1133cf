// Action.Submit buttons as the templates bind them: `{ title, data }` per button.
import type { PagingListItem } from '../webex/types.js';
import type { CardActionData } from './action-data.js';
import { MAX_LOCATION_LENGTH } from './action-data.js';
import { plainText } from './escape.js';
import { hasDuplicateNames, showButtonTitle, TITLE_MAX } from './labels.js';
import { MAX_CARD_ACTIONS } from './webex-limits.js';

// A type alias (not an interface) so it is assignable to Bindable.
export type Button = {
  readonly title: string;
  readonly data: { readonly [key: string]: string | number };
};

/** A submit button; the title is plain text (Webex does not render markdown there), trimmed and bounded. */
export function button(title: string, data: CardActionData): Button {
  const clean: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    // Only the location filter can hold user text; ids and pages are already validated shapes.
    clean[key] =
      key === 'location' && typeof value === 'string' ? plainText(value, MAX_LOCATION_LENGTH) : value;
  }
  return { title: plainText(title, TITLE_MAX), data: clean };
}

/**
 * One "Show <name>" button for each of the first `limit` groups; the titles add the location when names
 * repeat anywhere in `groups`, so twins can be told apart.
 */
export function showButtons(groups: PagingListItem[], limit = groups.length): Button[] {
  const withLocation = hasDuplicateNames(groups);
  return groups.slice(0, limit).map((group) =>
    button(showButtonTitle(group, withLocation), {
      action: 'paging.show',
      locationId: group.locationId,
      pagingId: group.id,
    }),
  );
}

export const helpButton = (): Button => button('Help', { action: 'help' });

/** Guards the Webex limit of five buttons per card; more would be a builder bug. */
export function checkedButtons(buttons: Button[]): Button[] {
  if (buttons.length > MAX_CARD_ACTIONS) {
    throw new Error(`a card may carry at most ${MAX_CARD_ACTIONS} buttons (got ${buttons.length})`);
  }
  return buttons;
}
