// The narrow slice of the Webex admin API the paging domain needs. The real client lives in src/webex/;
// depending on this interface (not the implementation) keeps the domain testable with an in-memory fake.
import type { PagingDetails, PagingListItem, PagingListQuery, Person } from '../webex/types.js';

export interface PagingReadApi {
  paging: {
    /** Every group, already following `Link` pagination. */
    list(q?: PagingListQuery): Promise<PagingListItem[]>;
    get(locationId: string, pagingId: string): Promise<PagingDetails>;
  };
  people: { byEmail(email: string): Promise<Person[]> };
}

/**
 * True for an API error meaning "that group no longer exists" (deleted, or a wrong location/paging pair).
 * Duck-typed on `status` so the domain does not import the client's error class.
 */
export function isNotFound(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { status?: unknown }).status === 404;
}
