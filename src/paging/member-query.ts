// Who the user is looking for in "which groups page <someone>?", and whether a paging agent is that someone.
import type { PagingAgent } from '../webex/types.js';
import { normalizePhone, phoneMatcher } from './phone.js';
import { normalizeText } from './text.js';

export type MemberQuery =
  | { kind: 'email'; email: string }
  | { kind: 'number'; text: string; digits: string }
  | { kind: 'name'; tokens: string[] };

// Deliberately loose: the People API is the judge of whether the address exists.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** Classifies the query, or null when there is nothing to search for. */
export function parseMemberQuery(query: string): MemberQuery | null {
  const text = query.normalize('NFKC').trim();
  if (EMAIL.test(text)) return { kind: 'email', email: text.toLowerCase() };
  const digits = normalizePhone(text);
  if (digits !== null) return { kind: 'number', text, digits };
  const tokens = nameTokens(text);
  return tokens.length > 0 ? { kind: 'name', tokens } : null;
}

/** Lower-case words; commas and periods dropped so "Smith, Alice" and "A. Smith" work. */
function nameTokens(text: string): string[] {
  return normalizeText(text.replace(/[,.;]/gu, ' '))
    .split(' ')
    .filter((t) => t.length > 0);
}

export function agentName(agent: PagingAgent): string {
  return [agent.firstName, agent.lastName].filter((p) => p !== undefined && p.trim() !== '').join(' ');
}

/** How well a name query fits: 'exact' (all words, any order), 'prefix' (each word starts one), or no. */
export type NameFit = 'exact' | 'prefix' | null;

/**
 * Every query word must start a different word of the agent's name, in any order ("smith alice", "ali sm").
 * 'exact' when the words are the same set, so "Alice Smith" can win over "Alice Smithers".
 */
export function nameFit(tokens: readonly string[], agent: PagingAgent): NameFit {
  const words = nameTokens(agentName(agent));
  if (tokens.length === 0 || tokens.length > words.length) return null;
  if (tokens.length === words.length && [...tokens].sort().join(' ') === [...words].sort().join(' ')) {
    return 'exact';
  }
  return assignPrefixes(tokens, words) ? 'prefix' : null;
}

/**
 * Can each token take a different word it is a prefix of? Bipartite matching by augmenting paths
 * (Kuhn), polynomial even for a hostile query like "a a a … z" against a name of many "a…" words.
 */
function assignPrefixes(tokens: readonly string[], words: readonly string[]): boolean {
  const ownerOf: number[] = words.map(() => -1); // word index → token index holding it
  const place = (t: number, seen: boolean[]): boolean => {
    const token = tokens[t] ?? '';
    for (let w = 0; w < words.length; w++) {
      if (seen[w] || !words[w]?.startsWith(token)) continue;
      seen[w] = true;
      const owner = ownerOf[w] ?? -1;
      if (owner === -1 || place(owner, seen)) {
        ownerOf[w] = t;
        return true;
      }
    }
    return false;
  };
  return tokens.every((_, t) =>
    place(
      t,
      words.map(() => false),
    ),
  );
}

/** For a number query: does an agent have it as extension (exact digits), phone number or ESN? */
export function numberMatcher(query: { text: string; digits: string }): (agent: PagingAgent) => boolean {
  const sameNumber = phoneMatcher(query.text);
  return (agent) =>
    (agent.extension !== undefined && normalizePhone(agent.extension) === query.digits) ||
    sameNumber(agent.phoneNumber) ||
    (agent.esn !== undefined && normalizePhone(agent.esn) === query.digits);
}
