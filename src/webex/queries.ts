// Query shapes for list calls not covered by types.ts (webex-api.md §2.7, §3.6).

export interface AvailableNumbersQuery {
  /** Only these numbers; sent comma-separated. */
  phoneNumber?: string | string[];
  max?: number;
  start?: number;
}

export interface PeopleListQuery {
  email?: string;
  /** Prefix match. */
  displayName?: string;
  /** Up to 85 ids; prefer people.byIds, which chunks. */
  id?: string[];
  locationId?: string;
  callingData?: boolean;
  max?: number;
}

export interface LocationListQuery {
  /** Contains, case-insensitive. */
  name?: string;
  id?: string;
  max?: number;
}
