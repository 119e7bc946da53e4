/**
 * What every loader returns after prefetching with `ensureQueryData`: the cache is
 * warm before the page renders, but a failure never fails the route. The page's own
 * query then shows the server's message with a retry, inside the shell.
 */
export async function warm(...prefetches: Promise<unknown>[]): Promise<null> {
  await Promise.allSettled(prefetches);
  return null;
}
