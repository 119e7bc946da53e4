import { Hono } from 'hono';
import type { AppEnv } from './http/env.ts';
import { json } from './http/json.ts';
import type { Upstream } from './upstream/upstream.ts';

/** How long one upstream probe answers /readyz: the endpoint needs no session, so it must not be a way to flood the upstream. */
export const READY_CACHE_MS = 2000;

/**
 * `/healthz`: the process answers. `/readyz`: the upstream answers a cheap catalogue
 * read (`/api/devicetypes`) with the BFF's credentials; any answer but 200 is "not
 * ready" (503), without the upstream's details. At most one probe per READY_CACHE_MS.
 */
export function healthRoutes(upstream: Upstream, now: () => number): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  let last: { at: number; probe: Promise<{ ready: boolean; message: string }> } | undefined;

  const probe = async () => {
    try {
      const res = await upstream.request({
        method: 'GET',
        path: '/api/devicetypes',
        query: '',
        body: undefined,
      });
      return { ready: res.status === 200, message: `The Sigfox API answered HTTP ${res.status}` };
    } catch {
      return { ready: false, message: 'The Sigfox API cannot be reached' };
    }
  };

  r.get('/healthz', () => json(200, { status: 'ok' }));
  r.get('/readyz', async () => {
    const t = now();
    if (!last || t - last.at >= READY_CACHE_MS) last = { at: t, probe: probe() };
    const { ready, message } = await last.probe;
    return ready ? json(200, { status: 'ready' }) : json(503, { status: 'not ready', message });
  });
  return r;
}
