import type { PagingListItem } from '../webex/types.js';

// Fixed locale so ordering does not depend on the host's LANG; `numeric` puts "Floor 2" before "Floor 10".
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Location, then name (case-insensitive), then id so equal names still sort deterministically. */
export function compareGroups(a: PagingListItem, b: PagingListItem): number {
  return (
    collator.compare(a.locationName, b.locationName) ||
    collator.compare(a.name, b.name) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortGroups(groups: readonly PagingListItem[]): PagingListItem[] {
  return [...groups].sort(compareGroups);
}
