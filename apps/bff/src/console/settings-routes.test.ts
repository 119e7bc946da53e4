import { ConsoleSettings } from '@sfc/api';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { leaks } from '../testing/collector.ts';
import {
  addUsers,
  CHEAP,
  recordingUpstream,
  testBff,
  testConfig,
  UPSTREAM_LOGIN,
  UPSTREAM_PASSWORD,
} from '../testing/harness.ts';
import { listenApp } from '../testing/http.ts';
import type { Config } from '../config.ts';

const OSM = {
  url: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
  subdomains: 'abc',
};
const withTiles = (tiles: Config['map']['tiles']): Partial<Config> => ({ map: { tiles } });

describe('GET /bff/settings', () => {
  it('answers 401 JSON when logged out', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const res = await t.send('/bff/settings');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toEqual({ message: 'Not logged in, or the session has expired' });
  });

  it('answers no tiles to a viewer when none are configured', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const { cookie } = await t.login('viewer');
    const res = await t.send('/bff/settings', { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ map: { tiles: null } });
  });

  it('answers the configured tiles to viewers and editors, in the shared schema', async () => {
    const r = recordingUpstream();
    const t = await testBff(r.upstream, { config: withTiles(OSM) });
    for (const who of ['viewer', 'admin'] as const) {
      const { cookie } = await t.login(who);
      const body: unknown = await (await t.send('/bff/settings', { headers: { cookie } })).json();
      expect(body).toEqual({ map: { tiles: OSM } });
      expect(ConsoleSettings.parse(body)).toEqual(body);
    }
    expect(r.calls).toEqual([]);
  });

  it('takes no query parameter (400 naming it) and only GET', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const { cookie } = await t.login('viewer');
    const bad = await t.send('/bff/settings?callback=f', { headers: { cookie } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      message: 'Invalid query parameter: callback: unknown query parameter',
      errors: [{ field: 'callback', message: 'callback: unknown query parameter' }],
    });
    expect((await t.send('/bff/settings', { method: 'POST', headers: { cookie } })).status).toBe(404);
  });
});

/** The CSP's img-src directive, as a list of sources. */
const imgSrc = (csp: string | null) =>
  (csp ?? '')
    .split('; ')
    .find((d) => d.startsWith('img-src '))
    ?.split(' ')
    .slice(1);

describe('Content-Security-Policy and the map tiles', () => {
  it('allows no remote image without tiles: no https:, no wildcard', async () => {
    const t = await testBff(recordingUpstream().upstream);
    for (const path of ['/', '/bff/settings', '/api/devicetypes']) {
      const csp = (await t.send(path)).headers.get('content-security-policy');
      expect(csp).not.toContain('https:');
      expect(csp).not.toContain('*');
      expect(imgSrc(csp)).toEqual(["'self'", 'data:', 'blob:']);
      expect(csp).toContain("connect-src 'self';");
    }
  });

  it('allows images from exactly the tile origin, {s} as a wildcard, in-process and over HTTP', async () => {
    const t = await testBff(recordingUpstream().upstream, { config: withTiles(OSM) });
    const inProcess = (await t.send('/')).headers.get('content-security-policy');
    expect(imgSrc(inProcess)).toEqual(["'self'", 'data:', 'blob:', 'https://*.tile.openstreetmap.org']);

    // Over HTTP the headers are set early on the Node response: the same policy.
    const app = createApp({
      config: testConfig(withTiles(OSM)),
      upstream: recordingUpstream().upstream,
      scryptCost: CHEAP,
    });
    await addUsers(app);
    const server = await listenApp(app);
    try {
      for (const path of ['/', '/bff/settings', '/api/nothing']) {
        const csp = (await fetch(`${server.url}${path}`)).headers.get('content-security-policy');
        expect(csp).toBe(inProcess);
      }
    } finally {
      await server.close();
    }
  });

  it('keeps a port, and never adds any other remote source', async () => {
    const url = 'https://tiles.example.com:8443/{z}/{x}/{y}.png';
    const t = await testBff(recordingUpstream().upstream, {
      config: withTiles({ url, attribution: 'Example', subdomains: 'abc' }),
    });
    const csp = (await t.send('/')).headers.get('content-security-policy') ?? '';
    expect(imgSrc(csp)).toEqual(["'self'", 'data:', 'blob:', 'https://tiles.example.com:8443']);
    const remote = csp.match(/\bhttps?:[^\s;]*/g);
    expect(remote).toEqual(['https://tiles.example.com:8443']);
  });
});

afterAll(() => {
  expect(leaks([UPSTREAM_LOGIN, UPSTREAM_PASSWORD])).toEqual([]);
});
