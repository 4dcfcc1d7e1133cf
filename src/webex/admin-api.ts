// Admin-token API: paging groups, people and locations. Telephony needs an admin (or service-app) token with
// spark-admin:telephony_config_read (…_write to change groups); a bot token gets 403 (webex-api.md §1.2).
import { createWebexClient, type WebexClientOptions } from './client.js';
import { peopleCalls } from './people.js';
import type { AvailableNumbersQuery, LocationListQuery, PeopleListQuery } from './queries.js';
import type { BotToken } from './tokens.js';
import type {
  AvailableNumber,
  Location,
  PagingDetails,
  PagingListItem,
  PagingListQuery,
  PagingWrite,
  Person,
} from './types.js';

export interface AdminApi {
  paging: {
    /** Every group (all pages). */
    list(q?: PagingListQuery): Promise<PagingListItem[]>;
    get(locationId: string, pagingId: string): Promise<PagingDetails>;
    create(locationId: string, body: PagingWrite): Promise<{ id: string }>;
    /** Partial update; `targets`/`originators` replace the lists. */
    update(locationId: string, pagingId: string, body: PagingWrite): Promise<void>;
    delete(locationId: string, pagingId: string): Promise<void>;
    availableNumbers(locationId: string, q?: AvailableNumbersQuery): Promise<AvailableNumber[]>;
  };
  people: {
    byIds(ids: readonly string[]): Promise<Person[]>;
    byEmail(email: string): Promise<Person[]>;
    list(q: PeopleListQuery): Promise<Person[]>;
  };
  locations: { list(q?: LocationListQuery): Promise<Location[]> };
  close(): Promise<void>;
}

/** Compile-time guard: a value typed BotToken (config.botToken) is rejected; plain strings pass. */
type NotBotToken<T extends string> = T extends BotToken ? never : T;

export interface AdminApiOptions<T extends string = string> extends Omit<WebexClientOptions, 'token'> {
  token: NotBotToken<T>;
  /** Partner admins: the customer org, sent as ?orgId= on every call. */
  orgId?: string;
}

export function createAdminApi<T extends string>(opts: AdminApiOptions<T>): AdminApi {
  const { orgId, ...clientOpts } = opts;
  const client = createWebexClient(clientOpts);
  const org = orgId === undefined ? {} : { orgId };
  const group = (locationId: string, pagingId: string) =>
    `/telephony/config/locations/${encodeURIComponent(locationId)}/paging/${encodeURIComponent(pagingId)}`;

  return {
    paging: {
      list: (q = {}) =>
        client.paginate<PagingListItem>({
          path: '/telephony/config/paging',
          query: { ...org, ...q },
          itemsKey: 'locationPaging',
        }),
      get: async (locationId, pagingId) =>
        (
          await client.request<PagingDetails>({
            method: 'GET',
            path: group(locationId, pagingId),
            query: org,
          })
        ).data,
      create: async (locationId, body) =>
        (
          await client.request<{ id: string }>({
            method: 'POST',
            path: `/telephony/config/locations/${encodeURIComponent(locationId)}/paging`,
            query: org,
            body,
          })
        ).data,
      update: async (locationId, pagingId, body) => {
        await client.request({ method: 'PUT', path: group(locationId, pagingId), query: org, body });
      },
      delete: async (locationId, pagingId) => {
        await client.request({ method: 'DELETE', path: group(locationId, pagingId), query: org });
      },
      availableNumbers: (locationId, q = {}) =>
        client.paginate<AvailableNumber>({
          path: `/telephony/config/locations/${encodeURIComponent(locationId)}/paging/availableNumbers`,
          query: { ...org, ...q },
          itemsKey: 'phoneNumbers',
        }),
    },
    people: peopleCalls(client, orgId),
    locations: {
      list: (q = {}) =>
        client.paginate<Location>({ path: '/locations', query: { ...org, ...q }, itemsKey: 'items' }),
    },
    close: client.close,
  };
}
