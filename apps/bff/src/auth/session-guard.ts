import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { jsonError } from '../http/json.ts';
import { isSameOrigin, isSecure } from '../http/client-info.ts';
import { readSessionCookie } from './session-cookie.ts';
import type { SessionStore } from './sessions.ts';
import type { UsersStore } from './users-store.ts';
import { header } from '../http/headers.ts';

/**
 * Resolves the session cookie to a user (context variables `session`, `sessionId`,
 * `user`). A session dies with its user, and with any password change made after it
 * was opened.
 */
export function resolveSession(
  c: Context<AppEnv>,
  sessions: SessionStore,
  users: UsersStore,
  trustProxy: boolean,
): void {
  const id = readSessionCookie(c, isSecure(c, trustProxy));
  if (id === undefined) return;
  const session = sessions.get(id);
  const user = session && users.get(session.username);
  if (session && user && session.createdAt >= user.passwordChangedAt) {
    c.set('session', session);
    c.set('sessionId', id);
    c.set('user', user);
  } else if (session) {
    sessions.destroy(id);
  }
}

export function unauthenticated(): Response {
  return jsonError(401, 'Not logged in, or the session has expired');
}

/**
 * Guards a state-changing request: same origin (Origin / Sec-Fetch-Site) and the
 * session's CSRF token in `x-csrf-token` (synchroniser token, OWASP CSRF cheat sheet).
 * Returns the refusal, or undefined when the request may go on.
 */
export function refuseCrossSite(c: Context<AppEnv>, trustProxy: boolean): Response | undefined {
  if (!isSameOrigin(c, trustProxy)) return jsonError(403, 'Cross-site request refused');
  const session = c.get('session');
  const sent = header(c, 'x-csrf-token');
  if (!session || sent === undefined || !sameToken(sent, session.csrfToken)) {
    return jsonError(403, 'Missing or wrong CSRF token');
  }
  return undefined;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
