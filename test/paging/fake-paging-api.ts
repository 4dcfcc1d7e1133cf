// In-memory PagingReadApi that behaves like the real one where the domain cares: 404 for a deleted group or
// a wrong location/paging pair, errors carrying `status`, and real asynchrony so requests overlap.
import type { PagingReadApi } from '../../src/paging/ports.js';
import type { PagingAgent, PagingDetails, PagingListItem, Person } from '../../src/webex/types.js';

export class ApiError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

export interface FakeGroup {
  item: PagingListItem;
  enabled?: boolean;
  targets?: PagingAgent[];
  originators?: PagingAgent[];
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class FakePagingApi implements PagingReadApi {
  readonly groups: FakeGroup[];
  readonly persons: Person[];
  /** pagingId → status the details request fails with. */
  readonly failures = new Map<string, number>();
  /** pagingIds removed after the list was read: listed no more, details 404. */
  readonly deleted = new Set<string>();
  listError: ApiError | undefined;
  /** Event log: 'list', 'get:<pagingId>', 'byEmail:<email>'. */
  readonly events: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Macrotask turns each details request takes, so that requests really overlap. */
  getDelayTicks = 3;

  constructor(groups: FakeGroup[], persons: Person[] = []) {
    this.groups = groups;
    this.persons = persons;
  }

  get listCalls(): number {
    return this.events.filter((e) => e === 'list').length;
  }

  get getCalls(): number {
    return this.events.filter((e) => e.startsWith('get:')).length;
  }

  readonly paging: PagingReadApi['paging'] = {
    list: async () => {
      this.events.push('list');
      await tick();
      if (this.listError) throw this.listError;
      return this.groups.filter((g) => !this.deleted.has(g.item.id)).map((g) => ({ ...g.item }));
    },
    get: async (locationId, pagingId) => {
      this.events.push(`get:${pagingId}`);
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      try {
        for (let i = 0; i < this.getDelayTicks; i++) await tick();
        const status = this.failures.get(pagingId);
        if (status !== undefined) throw new ApiError(status);
        const found = this.groups.find((g) => g.item.id === pagingId && g.item.locationId === locationId);
        if (found === undefined || this.deleted.has(pagingId)) throw new ApiError(404);
        return toDetails(found);
      } finally {
        this.inFlight--;
      }
    },
  };

  readonly people: PagingReadApi['people'] = {
    byEmail: async (email) => {
      this.events.push(`byEmail:${email}`);
      await tick();
      return this.persons.filter((p) => p.emails.some((e) => e.toLowerCase() === email.toLowerCase()));
    },
  };
}

function toDetails(g: FakeGroup): PagingDetails {
  const { item } = g;
  const details: PagingDetails = { id: item.id, name: item.name };
  if (g.enabled !== undefined) details.enabled = g.enabled;
  if (item.phoneNumber !== undefined) details.phoneNumber = item.phoneNumber;
  if (item.extension !== undefined) details.extension = item.extension;
  if (g.targets !== undefined) details.targets = g.targets;
  if (g.originators !== undefined) details.originators = g.originators;
  return details;
}

export function person(id: string, email: string, displayName: string): Person {
  return {
    id,
    emails: [email],
    displayName,
    orgId: 'org-1',
    created: '2024-01-01T00:00:00.000Z',
    type: 'person',
  };
}
