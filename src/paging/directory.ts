// The paging service the bot's commands talk to: lists, resolves and reads paging groups, and searches every
// group for a person. Owns the short list cache and the bound on parallel detail requests.
import pLimit from 'p-limit';
import type { PagingAgent, PagingDetails, PagingListItem } from '../webex/types.js';
import { filterByLocation, type GroupMatch, MAX_QUERY_LENGTH, matchGroups } from './match.js';
import { agentName, type NameFit, nameFit, numberMatcher, parseMemberQuery } from './member-query.js';
import { isNotFound, type PagingReadApi } from './ports.js';
import { compareGroups, sortGroups } from './sort.js';
import { normalizeText } from './text.js';

export interface PagingDirectoryOptions {
  /** Most detail requests one call keeps in flight (default 6). */
  concurrency?: number;
  /** How long the full group list is reused, so a follow-up "Show" does not refetch it (default 30 s). */
  listTtlMs?: number;
  /** Clock in ms, injectable for tests. */
  now?: () => number;
}

export interface ListGroupsResult {
  groups: PagingListItem[];
  /** Location names that matched `location`, when one was given. */
  locationMatched?: string[];
}

export interface GroupDetails {
  details: PagingDetails;
  /** The list entry (carries locationName, which details lack); missing if the list no longer has it. */
  listItem?: PagingListItem;
}

export type MemberRole = 'target' | 'originator';

export interface MemberHit {
  group: PagingListItem;
  role: MemberRole;
  /** The agent that matched, so the reply can say who exactly (a name query may match several people). */
  agent: PagingAgent;
}

export interface FindResult {
  /** Best label for who was searched: the person's display name when known, else the query as typed. */
  person: string;
  hits: MemberHit[];
  /** Groups whose details could not be read (not counting groups deleted mid-scan). */
  failed: number;
  /** The email belongs to nobody the People API knows, so no group was scanned. */
  unknownPerson?: boolean;
}

export interface FindHooks {
  /** Called before a scan of more than SCAN_NOTICE_THRESHOLD groups, so the bot can say it will take a moment. */
  onScan?(groupCount: number): void | Promise<void>;
}

export const SCAN_NOTICE_THRESHOLD = 10;
const ROLES: readonly { role: MemberRole; key: 'targets' | 'originators' }[] = [
  { role: 'target', key: 'targets' },
  { role: 'originator', key: 'originators' },
];

type AgentMatcher = (agent: PagingAgent) => NameFit;

export class PagingDirectory {
  readonly #api: PagingReadApi;
  readonly #concurrency: number;
  readonly #ttl: number;
  readonly #now: () => number;
  #cache: { at: number; groups: PagingListItem[]; generation: number } | undefined;
  #pending: Promise<PagingListItem[]> | undefined;
  #generation = 0;

  constructor(api: PagingReadApi, opts: PagingDirectoryOptions = {}) {
    const concurrency = opts.concurrency ?? 6;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
    }
    this.#api = api;
    this.#concurrency = concurrency;
    this.#ttl = opts.listTtlMs ?? 30_000;
    this.#now = opts.now ?? Date.now;
  }

  /** All groups (or those in a location), sorted by location then name. Blank `location` means all. */
  async listGroups(opts: { location?: string; fresh?: boolean } = {}): Promise<ListGroupsResult> {
    const all = await this.#list(opts.fresh ?? false);
    if (opts.location === undefined || normalizeText(opts.location) === '') return { groups: [...all] };
    const filtered = filterByLocation(all, opts.location);
    return { groups: filtered.groups, locationMatched: filtered.locations };
  }

  /** Matches against the full list client-side: the server's `name` filter is not documented as exact. */
  async resolve(query: string): Promise<GroupMatch> {
    if (query.length > MAX_QUERY_LENGTH || normalizeText(query) === '')
      return { kind: 'none', suggestions: [] };
    return matchGroups(await this.#list(false), query);
  }

  /** A group's details, or null when it is gone (deleted, or the location/paging pair is wrong). */
  async details(
    locationId: string,
    pagingId: string,
    opts: { fresh?: boolean } = {},
  ): Promise<GroupDetails | null> {
    // The list only adds the location name; a failure there must not hide the details.
    const list = this.#list(opts.fresh ?? false).catch(() => undefined);
    let details: PagingDetails;
    try {
      details = await this.#api.paging.get(locationId, pagingId);
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
    const listItem = (await list)?.find((g) => g.id === pagingId && g.locationId === locationId);
    return listItem === undefined ? { details } : { details, listItem };
  }

  /** `enabled` per group id (the list lacks it); undefined where details could not be read. */
  async enabledStates(groups: readonly PagingListItem[]): Promise<Map<string, boolean | undefined>> {
    const states = new Map<string, boolean | undefined>();
    const unique: PagingListItem[] = [];
    for (const g of groups) {
      if (states.has(g.id)) continue;
      states.set(g.id, undefined); // keeps the caller's order whatever order the answers arrive in
      unique.push(g);
    }
    const limit = pLimit(this.#concurrency);
    await Promise.all(
      unique.map((g) =>
        limit(async () => {
          try {
            states.set(g.id, (await this.#api.paging.get(g.locationId, g.id)).enabled);
          } catch {
            // Tolerated: the bot shows an unknown state for this one group.
          }
        }),
      ),
    );
    return states;
  }

  /**
   * Every group that pages (target) or may page (originator) someone, found by name (any order, word
   * prefixes), email, extension, phone number or ESN. Reads every group's details, `concurrency` at a time.
   * Throws only when no group could be read at all; otherwise unreadable groups are counted in `failed`.
   */
  async findMember(query: string, hooks: FindHooks = {}): Promise<FindResult> {
    const typed = query.trim();
    const parsed = query.length > MAX_QUERY_LENGTH ? null : parseMemberQuery(query);
    if (parsed === null) return { person: typed, hits: [], failed: 0 };

    let matcher: AgentMatcher;
    let knownName: string | undefined;
    if (parsed.kind === 'email') {
      const people = await this.#api.people.byEmail(parsed.email);
      if (people.length === 0) return { person: typed, hits: [], failed: 0, unknownPerson: true };
      const ids = new Set(people.map((p) => p.id));
      knownName = people[0]?.displayName || undefined;
      matcher = (agent) => (ids.has(agent.id) ? 'exact' : null);
    } else if (parsed.kind === 'number') {
      const fits = numberMatcher(parsed);
      matcher = (agent) => (fits(agent) ? 'exact' : null);
    } else {
      matcher = (agent) => nameFit(parsed.tokens, agent);
    }

    const groups = await this.#list(false);
    if (groups.length > SCAN_NOTICE_THRESHOLD) await hooks.onScan?.(groups.length);
    const { hits, failed } = await this.#scan(groups, matcher);
    return { person: knownName ?? singleAgentName(hits) ?? typed, hits, failed };
  }

  async #scan(
    groups: readonly PagingListItem[],
    matcher: AgentMatcher,
  ): Promise<{ hits: MemberHit[]; failed: number }> {
    const limit = pLimit(this.#concurrency);
    let read = 0;
    let failed = 0;
    let firstError: unknown;
    const perGroup = await Promise.all(
      groups.map((group) =>
        limit(async () => {
          let details: PagingDetails;
          try {
            details = await this.#api.paging.get(group.locationId, group.id);
          } catch (err) {
            if (isNotFound(err)) return []; // deleted since the list was read: not an error
            if (failed++ === 0) firstError = err;
            return [];
          }
          read++;
          return hitsIn(group, details, matcher);
        }),
      ),
    );
    if (read === 0 && failed > 0) throw firstError;
    const all = perGroup.flat();
    // "Alice Smith" should not also list every "Alice Smithers" when the exact person is there.
    const best = all.some((h) => h.fit === 'exact') ? all.filter((h) => h.fit === 'exact') : all;
    return { hits: best.map(({ fit: _fit, ...hit }) => hit).sort(compareHits), failed };
  }

  /** The full list, sorted; reused for `listTtlMs`, and concurrent callers share one request. */
  #list(fresh: boolean): Promise<PagingListItem[]> {
    const startedAt = this.#now();
    const cache = this.#cache;
    if (!fresh && cache !== undefined && startedAt - cache.at < this.#ttl)
      return Promise.resolve(cache.groups);
    if (!fresh && this.#pending !== undefined) return this.#pending;
    const generation = ++this.#generation;
    const pending = this.#api.paging.list().then((items) => {
      const groups = sortGroups(items);
      // A slower, older request must not overwrite what a newer one stored.
      if (this.#cache === undefined || generation > this.#cache.generation) {
        this.#cache = { at: startedAt, groups, generation };
      }
      return groups;
    });
    this.#pending = pending;
    const clear = () => {
      if (this.#pending === pending) this.#pending = undefined;
    };
    pending.then(clear, clear);
    return pending;
  }
}

function hitsIn(
  group: PagingListItem,
  details: PagingDetails,
  matcher: AgentMatcher,
): (MemberHit & { fit: 'exact' | 'prefix' })[] {
  const hits: (MemberHit & { fit: 'exact' | 'prefix' })[] = [];
  for (const { role, key } of ROLES) {
    for (const agent of details[key] ?? []) {
      const fit = matcher(agent);
      if (fit !== null) hits.push({ group, role, agent, fit });
    }
  }
  return hits;
}

function compareHits(a: MemberHit, b: MemberHit): number {
  return compareGroups(a.group, b.group) || (a.role === b.role ? 0 : a.role === 'target' ? -1 : 1);
}

/** The agents' shared name when every hit is the same person, else undefined. */
function singleAgentName(hits: readonly MemberHit[]): string | undefined {
  const names = new Set(hits.map((h) => agentName(h.agent)));
  const [only] = names;
  return names.size === 1 && only !== '' ? only : undefined;
}
