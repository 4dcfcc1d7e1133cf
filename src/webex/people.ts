// People lookups shared by the admin and bot APIs (webex-api.md §3.6).
import type { WebexClient } from './client.js';
import type { PeopleListQuery } from './queries.js';
import type { Person } from './types.js';

/** GET /people?id= takes at most 85 ids. */
export const PEOPLE_IDS_PER_REQUEST = 85;

export function peopleCalls(client: WebexClient, orgId?: string) {
  const withOrg = <Q extends object>(q: Q) => (orgId === undefined ? q : { ...q, orgId });
  const list = (q: PeopleListQuery) =>
    client.paginate<Person>({ path: '/people', query: withOrg({ ...q }), itemsKey: 'items' });
  return {
    list,
    /** Found people, in Webex's order; unknown ids are skipped. Duplicates are asked once. */
    async byIds(ids: readonly string[]): Promise<Person[]> {
      const unique = [...new Set(ids)];
      const chunks: string[][] = [];
      for (let i = 0; i < unique.length; i += PEOPLE_IDS_PER_REQUEST) {
        chunks.push(unique.slice(i, i + PEOPLE_IDS_PER_REQUEST));
      }
      const pages = await Promise.all(chunks.map((id) => list({ id })));
      return pages.flat();
    },
    /** Zero or one person (email lookup works within the token's org). */
    byEmail: (email: string) => list({ email }),
  };
}
