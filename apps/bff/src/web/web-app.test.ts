import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../http/security-headers.ts';
import { leaks } from '../testing/collector.ts';
import { recordingUpstream, testBff, UPSTREAM_LOGIN, UPSTREAM_PASSWORD } from '../testing/harness.ts';

describe('the web app and security headers', () => {
  it('serves hashed assets cached for good and index.html never cached', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const asset = await t.send('/assets/app-3f9a1c.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const index = await t.send('/');
    expect(index.headers.get('cache-control')).toContain('no-store');
    expect(await index.text()).toContain('<title>console</title>');
  });

  it('answers client-side routes with the app, a missing asset with 404, non-GET with 404', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const route = await t.send('/devicetypes/5f1e2d3c4b5a69788796a5b4/devices');
    expect(route.status).toBe(200);
    expect(route.headers.get('content-type')).toContain('text/html');
    expect((await t.send('/assets/app-000000.js')).status).toBe(404);
    expect((await t.send('/devices', { method: 'POST' })).status).toBe(404);
  });

  it('puts the security headers on every kind of response', async () => {
    const r = recordingUpstream();
    const t = await testBff(r.upstream);
    for (const path of [
      '/',
      '/assets/app-3f9a1c.js',
      '/api/devicetypes',
      '/auth/me',
      '/healthz',
      '/api/nope',
    ]) {
      const res = await t.send(path);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect([...res.headers.keys()].filter((k) => k.startsWith('access-control-'))).toEqual([]);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it('answers a 503 page without inline script when the web app is not built', async () => {
    const t = await testBff(recordingUpstream().upstream, { config: { webDir: '/nonexistent/web' } });
    const res = await t.send('/devices');
    expect(res.status).toBe(503);
    const html = await res.text();
    expect(html).toContain('not built');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('style');
  });

  it('serves from memory: files removed after start-up still answer, nothing is read per request', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const index = await t.send('/');
    expect(index.status).toBe(200);
    rmSync(t.configWebDir, { recursive: true, force: true });
    expect((await t.send('/assets/app-3f9a1c.js')).status).toBe(200);
  });
});

afterAll(() => {
  expect(leaks([UPSTREAM_LOGIN, UPSTREAM_PASSWORD])).toEqual([]);
});
