import type { Page } from '../../lib/paged-query.ts';

export interface Collected<T> {
  items: T[];
  /** False when the page cap was reached before the last page: counts are lower bounds. */
  complete: boolean;
}

/**
 * Follows `paging.next` from a first page up to `maxPages` pages. The API has no
 * count endpoint, so the overview counts what it reads, and says when it stopped early.
 */
export async function collectPages<T>(
  first: Promise<Page<T>>,
  next: (url: string) => Promise<Page<T>>,
  maxPages: number,
): Promise<Collected<T>> {
  let page = await first;
  const items = [...page.data];
  for (let pages = 1; page.paging?.next; pages++) {
    if (pages >= maxPages) return { items, complete: false };
    page = await next(page.paging.next);
    items.push(...page.data);
  }
  return { items, complete: true };
}
