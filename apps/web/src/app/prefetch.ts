import type { QueryClient } from '@tanstack/react-query';
import { authQueries } from '../features/auth/auth-queries.ts';

/**
 * What every page loader does: once the session is known, warm the cache with
 * `ensureQueryData` so the page renders with its data. Loaders of nested routes run
 * in parallel with the protected layout's, so without a session nothing is fetched
 * (the layout sends the user to login). A failure never fails the route: the page's
 * own query shows the server's message with a retry, inside the shell.
 */
export async function prefetch(qc: QueryClient, queries: () => Promise<unknown>[]): Promise<null> {
  const session = await qc.ensureQueryData(authQueries.session());
  if (session !== null) await Promise.allSettled(queries());
  return null;
}
