import { Hono } from 'hono';
import type { AppEnv } from './http/env.ts';
import { json } from './http/json.ts';
import type { Upstream } from './upstream/upstream.ts';

/**
 * `/healthz`: the process answers. `/readyz`: the upstream answers a cheap catalogue
 * read (`/api/devicetypes`) with the BFF's credentials; any answer but 200 is "not
 * ready" (503), without the upstream's details.
 */
export function healthRoutes(upstream: Upstream): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get('/healthz', () => json(200, { status: 'ok' }));
  r.get('/readyz', async () => {
    try {
      const res = await upstream.request({
        method: 'GET',
        path: '/api/devicetypes',
        query: '',
        body: undefined,
      });
      if (res.status === 200) return json(200, { status: 'ready' });
      return json(503, { status: 'not ready', message: `The Sigfox API answered HTTP ${res.status}` });
    } catch {
      return json(503, { status: 'not ready', message: 'The Sigfox API cannot be reached' });
    }
  });
  return r;
}
