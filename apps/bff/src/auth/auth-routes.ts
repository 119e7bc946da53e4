import { Hono } from 'hono';
import { z } from 'zod';
import { clientIp, isNonBrowser, isSameOrigin, isSecure } from '../http/client-info.ts';
import { readJsonBody } from '../http/body.ts';
import type { AppEnv } from '../http/env.ts';
import { json, jsonError } from '../http/json.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { verifyPassword } from './passwords.ts';
import { clearSessionCookie, writeSessionCookie } from './session-cookie.ts';
import { refuseCrossSite, unauthenticated } from './session-guard.ts';
import type { SessionStore } from './sessions.ts';
import type { UsersStore } from './users-store.ts';

const LoginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export interface AuthDeps {
  users: UsersStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
  /** Verified against when the username is unknown, so both failures cost one scrypt. */
  decoyHash: () => Promise<string>;
  trustProxy: boolean;
  absoluteMs: number;
}

/** `/auth/login`, `/auth/logout`, `/auth/me`. */
export function authRoutes(d: AuthDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();

  r.post('/login', async (c) => {
    // A login posted from another site would log the victim in as the attacker. A client
    // that is no browser (no Origin, no Sec-Fetch-Site) cannot be made to do that, and
    // a cross-site browser post of JSON needs a CORS preflight, which is refused.
    if (!isSameOrigin(c, d.trustProxy) && !isNonBrowser(c)) {
      return jsonError(403, 'Cross-site request refused');
    }
    const body = await readJsonBody(c, 4096);
    if (!body.ok) return body.response;
    const parsed = LoginBody.safeParse(body.value);
    if (!parsed.success) return jsonError(400, 'username and password are required');
    const { username, password } = parsed.data;
    const ip = clientIp(c, d.trustProxy);
    const wait = d.throttle.retryAfter(ip, username);
    if (wait > 0)
      return jsonError(429, 'Too many login attempts', undefined, { 'retry-after': String(wait) });
    d.throttle.attempt(ip);
    const user = d.users.get(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await d.decoyHash()));
    if (!user || !ok) {
      d.throttle.failure(username);
      // One message for an unknown user and a wrong password.
      return jsonError(401, 'Wrong username or password');
    }
    d.throttle.success(username);
    const previous = c.get('sessionId');
    if (previous) d.sessions.destroy(previous);
    const { id, session } = d.sessions.create(user.username);
    writeSessionCookie(c, isSecure(c, d.trustProxy), id, Math.floor(d.absoluteMs / 1000));
    c.header('cache-control', 'no-store');
    return c.json({ username: user.username, role: user.role, csrfToken: session.csrfToken });
  });

  r.post('/logout', (c) => {
    const id = c.get('sessionId');
    if (id === undefined) return unauthenticated();
    const refusal = refuseCrossSite(c, d.trustProxy);
    if (refusal) return refusal;
    d.sessions.destroy(id);
    clearSessionCookie(c, isSecure(c, d.trustProxy));
    return c.body(null, 204);
  });

  r.get('/me', (c) => {
    const user = c.get('user');
    const session = c.get('session');
    if (!user || !session) return unauthenticated();
    return json(200, { username: user.username, role: user.role, csrfToken: session.csrfToken });
  });

  return r;
}
