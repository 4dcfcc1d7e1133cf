// RFC 5988 Link pagination (webex-api.md §1.3): the query goes only on the first request; after that the
// `next` URL is fetched exactly as given, but only on the API's own origin (the request core refuses others).
import { WebexApiError } from './errors.js';
import type { Requester } from './request.js';
import type { QueryParams } from './url.js';

/** `<https://a/b?x=1>; rel="next", <...>; rel="prev"` → { next: 'https://a/b?x=1', prev: '...' } */
export function parseLinkHeader(header: string | string[] | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  const values = Array.isArray(header) ? header : header ? [header] : [];
  for (const value of values) {
    for (const match of value.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
      const url = match[1] ?? '';
      const params = match[2] ?? '';
      const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
      const rels = (rel?.[1] ?? rel?.[2] ?? '').split(/\s+/).filter(Boolean);
      for (const r of rels) links[r.toLowerCase()] ??= url;
    }
  }
  return links;
}

export interface PaginateOptions {
  path: string;
  query?: QueryParams;
  /** Where the page's array lives: `items`, `locationPaging`, `phoneNumbers`, ... */
  itemsKey: string;
  /** Safety stop against a server that links in a circle. Default 10000. */
  maxPages?: number;
}

export async function* paginatePages<T>(request: Requester, opts: PaginateOptions): AsyncGenerator<T[]> {
  const maxPages = opts.maxPages ?? 10_000;
  const seen = new Set<string>();
  let next: string | undefined = opts.path;
  let query = opts.query;
  for (let page = 0; next !== undefined && page < maxPages; page++) {
    const res: Awaited<ReturnType<Requester>> = await request<Record<string, unknown> | undefined>({
      method: 'GET',
      path: next,
      ...(query ? { query } : {}),
    });
    query = undefined;
    const items = (res.data as Record<string, unknown> | undefined)?.[opts.itemsKey];
    if (items === undefined) {
      // Webex omits empty values, so a page without the key is an empty page.
      return;
    }
    if (!Array.isArray(items)) {
      throw new WebexApiError({
        code: 'INVALID_RESPONSE',
        status: res.status,
        method: 'GET',
        path: res.path,
        trackingId: res.trackingId,
        detail: `"${opts.itemsKey}" is not an array`,
      });
    }
    if (items.length === 0) return;
    yield items as T[];
    seen.add(next);
    next = parseLinkHeader(res.headers.link).next;
    if (next !== undefined && seen.has(next)) return;
  }
}

/** Every item of every page, in order. */
export async function paginate<T>(request: Requester, opts: PaginateOptions): Promise<T[]> {
  const all: T[] = [];
  for await (const page of paginatePages<T>(request, opts)) all.push(...page);
  return all;
}
