// Page arithmetic shared by the member views, so "More targets" on the details card and the members card
// agree on what page 2 is.

/** Members per page on the details card and the members card, unless the caller says otherwise. */
export const DEFAULT_MEMBERS_PAGE_SIZE = 10;
/** Upper bound that keeps a card small (a paging group has at most 75 targets). */
export const MAX_MEMBERS_PAGE_SIZE = 50;

export function clampPageSize(size: number): number {
  if (!Number.isFinite(size)) return DEFAULT_MEMBERS_PAGE_SIZE;
  return Math.min(MAX_MEMBERS_PAGE_SIZE, Math.max(1, Math.floor(size)));
}

export interface PageWindow {
  /** 1-based page actually shown (a page past the end shows the last page). */
  page: number;
  pages: number;
  /** Index of the first item on the page, and one past the last. */
  start: number;
  end: number;
}

export function pageWindow(total: number, requestedPage: number, pageSize: number): PageWindow {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const wanted = Number.isFinite(requestedPage) ? Math.floor(requestedPage) : 1;
  const page = Math.min(pages, Math.max(1, wanted));
  const start = (page - 1) * pageSize;
  return { page, pages, start, end: Math.min(total, start + pageSize) };
}
