import { endpointList } from '@sfc/api';
import { Hono } from 'hono';
import { auditRoutes } from './audit/audit-routes.ts';
import { AuditLog } from './audit/audit-log.ts';
import { authRoutes } from './auth/auth-routes.ts';
import { LoginThrottle } from './auth/login-throttle.ts';
import { DEFAULT_COST, type ScryptCost, decoyHash } from './auth/passwords.ts';
import { SessionStore } from './auth/sessions.ts';
import { UsersStore } from './auth/users-store.ts';
import type { Config } from './config.ts';
import { settingsRoutes } from './console/settings-routes.ts';
import { coverageRoutes } from './coverages/coverage-routes.ts';
import { createRedundancySource } from './coverages/redundancy-source.ts';
import { forwardRoutes } from './forward/forward-routes.ts';
import { healthRoutes } from './health.ts';
import { type LogSink, batchedSink } from './http/access-log.ts';
import type { AppEnv } from './http/env.ts';
import { frontDoor } from './http/front-door.ts';
import { jsonError } from './http/json.ts';
import { contentSecurityPolicy, securityHeaders } from './http/security-headers.ts';
import { tileOrigin } from './map/tile-template.ts';
import type { Upstream } from './upstream/upstream.ts';
import { loadWebApp } from './web/web-app.ts';

export interface AppOptions {
  config: Config;
  upstream: Upstream;
  /** Access log sink; stdout by default when the access log is on. */
  log?: LogSink;
  now?: () => number;
  /** scrypt cost of the decoy hash (tests lower it with their users' cost). */
  scryptCost?: ScryptCost;
}

export interface BffApp {
  fetch: Hono<AppEnv>['fetch'];
  request: Hono<AppEnv>['request'];
  users: UsersStore;
  sessions: SessionStore;
  audit: AuditLog;
  close(): Promise<void>;
}

/** Builds the BFF. Everything that reaches the Sigfox API goes through `upstream`. */
export function createApp(opts: AppOptions): BffApp {
  const { config, upstream } = opts;
  const now = opts.now ?? Date.now;
  const trust = config.trustProxy;
  const users = new UsersStore(config.dataDir, now);
  const sessions = new SessionStore(
    config.dataDir,
    { idleMs: config.sessionIdleMs, absoluteMs: config.sessionAbsoluteMs },
    now,
  );
  const audit = new AuditLog(config.dataDir);
  const web = loadWebApp(config.webDir);
  // Hashed once, in the background: every login of an unknown user is checked against it.
  const decoy = decoyHash(opts.scryptCost ?? DEFAULT_COST);
  const log: LogSink | undefined = opts.log ?? (config.accessLog ? batchedSink(process.stdout) : undefined);

  const tiles = config.map.tiles;
  const headers = securityHeaders(contentSecurityPolicy(tiles ? tileOrigin(tiles.url) : null));

  const app = new Hono<AppEnv>();
  app.use(frontDoor({ log, trustProxy: trust, web, sessions, users, headers }));
  app.route('/', healthRoutes(upstream, now));
  app.route(
    '/auth',
    authRoutes({
      users,
      sessions,
      throttle: new LoginThrottle(config.loginThrottle, now),
      decoyHash: () => decoy,
      trustProxy: trust,
      absoluteMs: config.sessionAbsoluteMs,
    }),
  );
  app.route('/bff', auditRoutes(audit));
  app.route('/bff', settingsRoutes(config));
  // One limiter and cache per app: every batch of every user shares the upstream budget.
  app.route('/bff', coverageRoutes(createRedundancySource({ upstream, ...config.coverage, now })));
  app.route(
    '/',
    forwardRoutes({
      catalogue: endpointList,
      upstream,
      audit,
      trustProxy: trust,
      maxBodyBytes: config.maxBodyBytes,
      now,
    }),
  );
  app.notFound(() => jsonError(404, 'Not found'));
  // Never echo an internal error: its text could hold anything.
  app.onError(() => jsonError(500, 'Internal error'));

  return {
    fetch: app.fetch,
    request: app.request,
    users,
    sessions,
    audit,
    close: () => audit.close(),
  };
}
