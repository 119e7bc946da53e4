import { infiniteQueryOptions, type InfiniteData, type UseInfiniteQueryResult } from '@tanstack/react-query';

/** A page as every paged endpoint answers it (reference: "paging: paging information"). */
export interface Page<T> {
  data: T[];
  paging?: { next?: string | undefined } | undefined;
}

/**
 * Options of an infinite query over a paged endpoint. The first page comes from the
 * query, every later one from the server's `paging.next`, followed as given: offsets
 * are never computed here.
 */
export function pagedQueryOptions<T, K extends readonly unknown[]>(
  queryKey: K,
  first: (signal: AbortSignal) => Promise<Page<T>>,
  next: (url: string, signal: AbortSignal) => Promise<Page<T>>,
) {
  return infiniteQueryOptions({
    queryKey,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) => (pageParam === null ? first(signal) : next(pageParam, signal)),
    getNextPageParam: (last: Page<T>) => last.paging?.next ?? null,
  });
}

/** The rows loaded so far and the "load more" controls, as the data table takes them. */
export function pagedRows<T>(query: UseInfiniteQueryResult<InfiniteData<Page<T>>>) {
  return {
    rows: query.data?.pages.flatMap((page) => page.data) ?? [],
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    onLoadMore: () => void query.fetchNextPage(),
  };
}
