// URL building for the client. The token goes only to the configured origin, so every absolute URL
// (e.g. a pagination `next` link) is checked against it.

export type QueryValue = string | number | boolean | readonly string[] | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export interface ResolvedTarget {
  origin: string;
  /** Path plus query, as sent on the wire. */
  pathAndQuery: string;
  /** Path below the base URL, without query: safe for logs and errors. */
  displayPath: string;
}

/** Builds the target for a path below the base URL, or for an absolute URL on the same origin. */
export function resolveTarget(baseUrl: string, pathOrUrl: string, query?: QueryParams): ResolvedTarget {
  const base = new URL(baseUrl);
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(pathOrUrl);
  const url = absolute ? new URL(pathOrUrl) : new URL(joinPath(base.pathname, pathOrUrl), base.origin);
  if (url.origin !== base.origin) {
    throw new CrossOriginError(url.origin, base.origin);
  }
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return {
    origin: base.origin,
    pathAndQuery: `${url.pathname}${url.search}`,
    displayPath: displayPath(base.pathname, url.pathname),
  };
}

/** `/v1/people?email=x` under base path `/v1` → `/people` (no query: it may hold emails or ids). */
export function displayPath(basePath: string, pathAndQuery: string): string {
  const path = pathAndQuery.split('?')[0] ?? '';
  const prefix = basePath.replace(/\/+$/, '');
  if (prefix && path.startsWith(`${prefix}/`)) return path.slice(prefix.length);
  return path || '/';
}

function joinPath(basePath: string, path: string): string {
  return `${basePath.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export class CrossOriginError extends Error {
  constructor(
    readonly target: string,
    readonly expected: string,
  ) {
    super(`refusing to send the token to ${target}: only ${expected} is allowed`);
    this.name = 'CrossOriginError';
  }
}
