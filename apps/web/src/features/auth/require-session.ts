import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { paths, safeNext } from '../../app/paths.ts';
import { authQueries } from './auth-queries.ts';

function here(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}

/** Loader of the protected layout: no session, no console; come back here after login. */
export function requireSession(qc: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await qc.ensureQueryData(authQueries.session());
    if (session === null) throw redirect(paths.login(here(request)));
    return null;
  };
}

/** Loader of the login page: someone already logged in goes straight on. */
export function redirectIfLoggedIn(qc: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await qc.ensureQueryData(authQueries.session());
    if (session !== null) throw redirect(safeNext(new URL(request.url).searchParams.get('next')));
    return null;
  };
}
