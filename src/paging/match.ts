// Resolving what a user typed ("Lobby", "7781", "+1 (555) 867-5309", "5677781") to paging groups.
// Plain string comparisons only, never a RegExp built from the query, so any text is matched literally.
import type { PagingListItem } from '../webex/types.js';
import { editDistance } from './edit-distance.js';
import { isPhoneLike, normalizePhone, phoneMatcher } from './phone.js';
import { compareGroups, sortGroups } from './sort.js';
import { normalizeText } from './text.js';

export type MatchHow = 'name' | 'extension' | 'number' | 'esn' | 'prefix' | 'substring';

export type GroupMatch =
  | { kind: 'match'; how: MatchHow; groups: PagingListItem[] }
  | { kind: 'none'; suggestions: PagingListItem[] };

/** Longer queries are not names, numbers or typos of either (names are ≤ 30 chars); the bot guards too. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_SUGGESTIONS = 4;

/** A group with its name normalised once per call, not once per tier. */
type Candidate = { group: PagingListItem; name: string };
type Tier = { how: MatchHow; test: (c: Candidate) => boolean };

function candidatesOf(groups: readonly PagingListItem[]): Candidate[] {
  return groups.map((group) => ({ group, name: normalizeText(group.name) }));
}

function tiersFor(query: string): Tier[] {
  const name = normalizeText(query);
  const tiers: Tier[] = [{ how: 'name', test: (c) => c.name === name }];
  if (isPhoneLike(query)) {
    const digits = normalizePhone(query);
    const sameNumber = phoneMatcher(query);
    tiers.push(
      {
        how: 'extension',
        test: ({ group: g }) => g.extension !== undefined && normalizePhone(g.extension) === digits,
      },
      { how: 'number', test: ({ group: g }) => sameNumber(g.phoneNumber) },
      { how: 'esn', test: ({ group: g }) => g.esn !== undefined && normalizePhone(g.esn) === digits },
    );
  }
  tiers.push(
    { how: 'prefix', test: (c) => c.name.startsWith(name) },
    { how: 'substring', test: (c) => c.name.includes(name) },
  );
  return tiers;
}

/**
 * The first non-empty tier wins: exact name, extension, phone number, ESN, name prefix, name substring.
 * Several groups in that tier (the same name in two locations) are all returned, sorted by location then
 * name, for the bot to offer a choice. No match gives up to four close names as suggestions.
 */
export function matchGroups(groups: readonly PagingListItem[], query: string): GroupMatch {
  if (query.length > MAX_QUERY_LENGTH || normalizeText(query) === '') {
    return { kind: 'none', suggestions: [] };
  }
  const candidates = candidatesOf(groups);
  for (const tier of tiersFor(query)) {
    const hits = candidates.filter(tier.test).map((c) => c.group);
    if (hits.length > 0) return { kind: 'match', how: tier.how, groups: sortGroups(hits) };
  }
  return { kind: 'none', suggestions: rankByTypos(candidates, query, MAX_SUGGESTIONS) };
}

/** Edits allowed before a name is "absurdly distant": about one per three characters, at least one. */
function allowedEdits(length: number): number {
  return Math.max(1, Math.floor(length / 3));
}

/**
 * Names within a few typos of the query, closest first. A name is also compared by its start (same length
 * as the query, for queries of 3+ characters) so a mistyped beginning like "Faclit" still suggests
 * "Facilities West"; that costs one more than the same distance to the whole name.
 */
export function suggestGroups(
  groups: readonly PagingListItem[],
  query: string,
  max = MAX_SUGGESTIONS,
): PagingListItem[] {
  return rankByTypos(candidatesOf(groups), query, max);
}

function rankByTypos(candidates: readonly Candidate[], query: string, max: number): PagingListItem[] {
  const q = normalizeText(query);
  const qLength = Array.from(q).length;
  if (qLength === 0) return [];
  const headLimit = allowedEdits(qLength);
  const scored: { group: PagingListItem; score: number }[] = [];
  for (const { group, name: key } of candidates) {
    const name = Array.from(key);
    const wholeLimit = allowedEdits(Math.max(qLength, name.length));
    let score = editDistance(q, key, wholeLimit);
    if (score > wholeLimit) score = Number.POSITIVE_INFINITY;
    if (qLength >= 3 && name.length > qLength) {
      const head = editDistance(q, name.slice(0, qLength).join(''), headLimit);
      if (head <= headLimit) score = Math.min(score, head + 1);
    }
    if (Number.isFinite(score)) scored.push({ group, score });
  }
  scored.sort((a, b) => a.score - b.score || compareGroups(a.group, b.group));
  return scored.slice(0, max).map((s) => s.group);
}

export interface LocationFilter {
  /** Distinct location names that matched, sorted. */
  locations: string[];
  groups: PagingListItem[];
}

/**
 * Groups in the location the user named: exact name (case-insensitive) if any location has it, else every
 * location whose name contains the text. Blank text matches nothing.
 */
export function filterByLocation(groups: readonly PagingListItem[], location: string): LocationFilter {
  const wanted = normalizeText(location);
  if (wanted === '') return { locations: [], groups: [] };
  const exact = groups.filter((g) => normalizeText(g.locationName) === wanted);
  const hits =
    exact.length > 0 ? exact : groups.filter((g) => normalizeText(g.locationName).includes(wanted));
  const sorted = sortGroups(hits);
  return { locations: [...new Set(sorted.map((g) => g.locationName))], groups: sorted };
}
