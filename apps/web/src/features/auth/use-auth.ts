import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { bffRequest, setCsrfToken } from '../../lib/api-client.ts';
import { authQueries, type LoginBody, type Session } from './auth-queries.ts';

/**
 * The logged-in session. Below the protected layout the loader guarantees one; it
 * is null only for the moment between logging out (or expiring) and leaving.
 */
export function useSession(): Session | null {
  return useQuery(authQueries.session()).data ?? null;
}

/** Editors see editing controls; viewers see none (the BFF refuses their mutations anyway). */
export function useCanEdit(): boolean {
  return useSession()?.role === 'editor';
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => bffRequest('/auth/login', { method: 'POST', body, response: null }),
    // The session (and its CSRF token) is read fresh, then everything else starts clean.
    onSuccess: async () => {
      qc.removeQueries();
      await qc.fetchQuery(authQueries.session());
    },
    meta: { errorsShownInForm: true },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => bffRequest('/auth/logout', { method: 'POST', response: null }),
    onSettled: () => {
      setCsrfToken(undefined);
      qc.clear();
      qc.setQueryData(authQueries.session().queryKey, null);
    },
  });
}
