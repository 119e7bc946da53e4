import type { MiddlewareHandler } from 'hono';
import { resolveSession } from '../auth/session-guard.ts';
import type { SessionStore } from '../auth/sessions.ts';
import type { UsersStore } from '../auth/users-store.ts';
import type { WebApp } from '../web/web-app.ts';
import { type LogSink, accessLine } from './access-log.ts';
import { clientIp, isSecure } from './client-info.ts';
import type { AppEnv } from './env.ts';
import { jsonError } from './json.ts';
import { classifyPath } from './path-guard.ts';
import { type SecurityHeaders, setSecurityHeadersEarly, setSecurityHeadersLate } from './security-headers.ts';

export interface FrontDoorDeps {
  log: LogSink | undefined;
  trustProxy: boolean;
  web: WebApp;
  sessions: SessionStore;
  users: UsersStore;
  /** Computed once from the config at app creation (the CSP depends on the map tiles). */
  headers: SecurityHeaders;
}

/**
 * What every request goes through, in one middleware (one layer instead of four on
 * the forwarding path): security headers, the path guard, the web app for non-API
 * paths, GET/POST only in the BFF's own spaces, the session, then the access log line.
 */
export function frontDoor(d: FrontDoorDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = d.log ? performance.now() : 0;
    const secure = isSecure(c, d.trustProxy);
    const early = setSecurityHeadersEarly(c, d.headers, secure);

    // The raw target: the URL parser has already folded `..` and `%2e` out of c.req.url.
    const raw = c.env?.incoming?.url ?? c.req.url.slice(c.req.url.indexOf('/', 8));
    const kind = classifyPath(raw, c.req.path);
    if (kind === 'reject') c.res = jsonError(404, 'Not found');
    else if (kind === 'app') c.res = d.web.serve(c.req.path, c.req.method);
    // The BFF's own spaces speak GET and POST only: HEAD, OPTIONS (CORS preflights), PUT... are 404.
    else if (c.req.method !== 'GET' && c.req.method !== 'POST') c.res = jsonError(404, 'Not found');
    else {
      resolveSession(c, d.sessions, d.users, d.trustProxy);
      await next();
    }

    if (!early) setSecurityHeadersLate(c.res, d.headers, secure);
    d.log?.(accessLine(c, clientIp(c, d.trustProxy), performance.now() - start));
  };
}
