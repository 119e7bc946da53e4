import { ConsoleSettings } from '@sfc/api';
import { Hono } from 'hono';
import { unauthenticated } from '../auth/session-guard.ts';
import type { Config } from '../config.ts';
import type { AppEnv } from '../http/env.ts';
import { json, jsonError } from '../http/json.ts';

/**
 * `GET /bff/settings`: what the web app needs from the server's configuration (the
 * map tiles), for any logged-in user. Built once, through the shared schema, so the
 * answer is exactly the contract the web app validates.
 */
export function settingsRoutes(config: Config): Hono<AppEnv> {
  const settings: ConsoleSettings = ConsoleSettings.parse({ map: { tiles: config.map.tiles } });
  const r = new Hono<AppEnv>();
  r.get('/settings', (c) => {
    if (!c.get('user')) return unauthenticated();
    const unknown = Object.keys(c.req.query());
    if (unknown.length > 0) {
      const errors = unknown.map((field) => ({ field, message: `${field}: unknown query parameter` }));
      return jsonError(400, `Invalid query parameter: ${errors[0]?.message}`, errors);
    }
    return json(200, settings);
  });
  return r;
}
