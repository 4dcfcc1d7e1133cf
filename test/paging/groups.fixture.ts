// Paging list items for tests: the reference example plus a small made-up org.
import { readFileSync } from 'node:fs';
import type { PagingListItem } from '../../src/webex/types.js';

export function referenceList(): PagingListItem[] {
  const url = new URL('../../../shared/reference/examples/paging-list.response.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { locationPaging: PagingListItem[] }).locationPaging;
}

let next = 0;
export function group(fields: Partial<PagingListItem> & { name: string }): PagingListItem {
  next++;
  return { id: `pg-${next}`, locationName: 'Alaska', locationId: 'loc-alaska', ...fields };
}
