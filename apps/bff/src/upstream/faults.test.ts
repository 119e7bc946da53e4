import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { CONTENT_SECURITY_POLICY } from '../http/security-headers.ts';
import { collect, leaks } from '../testing/collector.ts';
import { addUsers, CHEAP, testConfig } from '../testing/harness.ts';
import { fakeUpstream, listenApp } from '../testing/http.ts';
import { createPoolUpstream } from './pool-upstream.ts';

/*
 * Upstream faults over real HTTP, through the undici pool: each gives its documented
 * answer, and the BFF keeps serving afterwards.
 */

const LOGIN = 'fault-login-1b1b1b';
const PASSWORD = 'fault-password-2c2c2c2c';
const DT = '5f1e2d3c4b5a69788796a5b4';
type Mode = 'ok' | 'hang' | '500' | '429' | 'redirect' | 'reset' | 'reset-once' | 'huge';
let mode: Mode = 'ok';
let upstream: Awaited<ReturnType<typeof fakeUpstream>>;
let bff: Awaited<ReturnType<typeof listenApp>>;
let app: ReturnType<typeof createApp>;
let cookie = '';
let csrf = '';
const hanging: ServerResponse[] = [];
let resetPending = false;
/** 'reset-once' resets the first request it sees, then answers normally. */
function resetNow(_req: IncomingMessage): boolean {
  const r = resetPending;
  resetPending = false;
  return r;
}

function answer(req: IncomingMessage, res: ServerResponse): void {
  if (mode === 'hang') return void hanging.push(res);
  if (mode === '500') return void res.writeHead(500, { 'content-type': 'text/html' }).end('<h1>oops</h1>');
  if (mode === '429')
    return void res
      .writeHead(429, { 'retry-after': '30', 'content-type': 'application/json' })
      .end('{"message":"slow down"}');
  if (mode === 'huge')
    return void res.writeHead(200, { 'content-type': 'application/json' }).end(`"${'x'.repeat(100_000)}"`);
  if (mode === 'redirect')
    return void res.writeHead(302, { location: 'https://elsewhere.test/api/devicetypes' }).end();
  if (mode === 'reset-once') mode = 'ok';
  if (mode === 'reset' || resetNow(req)) return void req.socket.destroy();
  res.writeHead(200, {
    'content-type': 'application/json',
    'set-cookie': 'upstream=1; Path=/',
    'www-authenticate': 'Basic realm="sigfox"',
    'access-control-allow-origin': '*',
    'x-powered-by': 'upstream',
    server: 'upstream/1.0',
  });
  res.end(
    JSON.stringify({ data: [], paging: { next: `${upstream.url}/api/devicetypes/${DT}/devices?offset=1` } }),
  );
}

async function call(path: string, init: RequestInit = {}) {
  return collect(
    await fetch(`${bff.url}${path}`, {
      ...init,
      headers: { cookie, ...(init.headers as Record<string, string>) },
    }),
  );
}

beforeAll(async () => {
  upstream = await fakeUpstream(answer);
  app = createApp({
    config: testConfig(),
    upstream: createPoolUpstream({
      url: upstream.url,
      login: LOGIN,
      password: PASSWORD,
      timeoutMs: 150,
      connections: 4,
      maxResponseBytes: 50_000,
    }),
    log: () => {},
    scryptCost: CHEAP,
  });
  await addUsers(app);
  bff = await listenApp(app);
  const res = await fetch(`${bff.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: bff.url },
    body: JSON.stringify({ username: 'admin', password: 'admin-password-1' }),
  });
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await bff.close();
  await app.close();
  await upstream.close();
  expect(leaks([LOGIN, PASSWORD])).toEqual([]);
});

async function stillServing() {
  mode = 'ok';
  expect((await call(`/api/devicetypes/${DT}/devices`)).status).toBe(200);
}

describe('upstream faults', () => {
  it('builds the outgoing headers: Basic auth added, browser cookies and authorization never sent', async () => {
    mode = 'ok';
    const before = upstream.seen.length;
    await call(`/api/devicetypes/${DT}/devices?limit=3`, {
      headers: {
        authorization: 'Bearer browser',
        'x-forwarded-for': '1.2.3.4',
        'x-csrf-token': 't',
        referer: 'x',
      },
    });
    const seen = upstream.seen[before]!;
    expect(seen.url).toBe(`/api/devicetypes/${DT}/devices?limit=3`);
    expect(seen.headers.authorization).toBe(
      `Basic ${Buffer.from(`${LOGIN}:${PASSWORD}`).toString('base64')}`,
    );
    expect(Object.keys(seen.headers).sort()).toEqual(['accept', 'authorization', 'connection', 'host']);
  });

  it('keeps connections to the upstream alive (one socket for successive requests)', async () => {
    mode = 'ok';
    const ports = new Set<number | undefined>();
    const before = upstream.seen.length;
    for (let i = 0; i < 3; i++) await call(`/api/devicetypes/${DT}/devices`);
    for (const seen of upstream.seen.slice(before)) ports.add(seen.remotePort);
    expect(ports.size).toBe(1);
  });

  it('passes back only safe headers, and rewrites paging.next', async () => {
    mode = 'ok';
    const res = await call(`/api/devicetypes/${DT}/devices`);
    for (const name of [
      'set-cookie',
      'www-authenticate',
      'access-control-allow-origin',
      'x-powered-by',
      'server',
    ]) {
      expect(res.headers.get(name)).toBeNull();
    }
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      data: [],
      paging: { next: `/api/devicetypes/${DT}/devices?offset=1` },
    });
  });

  it('answers 504 when the upstream hangs past the timeout', async () => {
    mode = 'hang';
    const res = await call(`/api/devicetypes/${DT}`);
    expect(res.status).toBe(504);
    expect(((await res.json()) as { message: string }).message).toMatch(/did not answer in time/);
    await stillServing();
  });

  it('answers 502 for an upstream 500, 429 with Retry-After for a 429', async () => {
    mode = '500';
    const failed = await call(`/api/devicetypes/${DT}`);
    expect(failed.status).toBe(502);
    expect(failed.headers.get('content-type')).toContain('application/json');
    mode = '429';
    const limited = await call(`/api/devicetypes/${DT}`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    await stillServing();
  });

  it('answers 502 when the upstream answer is larger than the cap', async () => {
    mode = 'huge';
    const res = await call(`/api/devicetypes/${DT}`);
    expect(res.status).toBe(502);
    expect(((await res.json()) as { message: string }).message).toMatch(/too large/);
    await stillServing();
  });

  it('never follows a redirect (502, and the upstream was asked once)', async () => {
    mode = 'redirect';
    const before = upstream.seen.length;
    const res = await call(`/api/devicetypes/${DT}`);
    expect(res.status).toBe(502);
    expect(res.headers.get('location')).toBeNull();
    expect(upstream.seen.length).toBe(before + 1);
    await stillServing();
  });

  it('retries a GET once on a reset connection, never a mutation', async () => {
    mode = 'reset-once';
    resetPending = true;
    const before = upstream.seen.length;
    const get = await call(`/api/devicetypes/${DT}`);
    expect(get.status).toBe(200);
    expect(upstream.seen.length - before).toBe(2);
    mode = 'reset';
    const mid = upstream.seen.length;
    const edit = await call('/api/devicetypes/edit', {
      method: 'POST',
      headers: { origin: bff.url, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ id: DT, name: 'x' }),
    });
    expect(edit.status).toBe(502);
    expect(upstream.seen.length - mid).toBe(1);
    await stillServing();
  });

  it('answers 502 when the upstream is stopped, and /readyz says not ready', async () => {
    await upstream.close();
    const res = await call(`/api/devicetypes/${DT}`);
    expect(res.status).toBe(502);
    expect(((await res.json()) as { message: string }).message).toMatch(/refused/);
    expect((await call('/readyz')).status).toBe(503);
    expect((await call('/healthz')).status).toBe(200);
  });
});
