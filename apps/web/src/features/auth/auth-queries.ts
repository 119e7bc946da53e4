import { ApiError } from '@sfc/api';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { bffRequest, setCsrfToken } from '../../lib/api-client.ts';

/** The session as the BFF describes it (`GET /auth/me`). */
export const Session = z.object({
  username: z.string(),
  role: z.enum(['viewer', 'editor']),
  csrfToken: z.string(),
});
export type Session = z.infer<typeof Session>;

/** Body of `POST /auth/login`. */
export const LoginBody = z.object({
  username: z.string().trim().min(1, 'Enter your username'),
  password: z.string().min(1, 'Enter your password'),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const authQueries = {
  all: () => ['auth'] as const,
  /** The current session, or null when logged out (a 401 here is an answer, not an error). */
  session: () =>
    queryOptions({
      queryKey: [...authQueries.all(), 'session'] as const,
      queryFn: async ({ signal }): Promise<Session | null> => {
        try {
          const session = await bffRequest('/auth/me', { method: 'GET', response: Session, signal });
          setCsrfToken(session.csrfToken);
          return session;
        } catch (error) {
          if (error instanceof ApiError && error.status === 401) {
            setCsrfToken(undefined);
            return null;
          }
          throw error;
        }
      },
      staleTime: Number.POSITIVE_INFINITY,
    }),
};
