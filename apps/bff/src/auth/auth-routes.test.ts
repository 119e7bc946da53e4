import { afterAll, describe, expect, it } from 'vitest';
import { leaks } from '../testing/collector.ts';
import { ORIGIN, recordingUpstream, testBff, UPSTREAM_LOGIN, UPSTREAM_PASSWORD } from '../testing/harness.ts';

const json = { 'content-type': 'application/json', origin: ORIGIN };
const body = (username: string, password: string) => JSON.stringify({ username, password });

describe('login, me, logout', () => {
  it('logs in, answers {username, role, csrfToken} at /auth/me, logs out on the server', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const s = await t.login('admin');
    const me = await t.send('/auth/me', { headers: { cookie: s.cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ username: 'admin', role: 'editor', csrfToken: s.csrf });
    const out = await t.send('/auth/logout', {
      method: 'POST',
      headers: { cookie: s.cookie, origin: ORIGIN, 'x-csrf-token': s.csrf },
    });
    expect(out.status).toBe(204);
    // The same cookie replayed after logout is dead: the session is gone on the server.
    expect((await t.send('/auth/me', { headers: { cookie: s.cookie } })).status).toBe(401);
  });

  it('sets an HttpOnly, SameSite=Strict cookie, and a fresh session id at every login', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const res = await t.send('/auth/login', {
      method: 'POST',
      headers: json,
      body: body('viewer', 'viewer-password-1'),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sfc_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    const first = cookie.split(';')[0]!;
    const again = await t.send('/auth/login', {
      method: 'POST',
      headers: { ...json, cookie: first },
      body: body('viewer', 'viewer-password-1'),
    });
    const second = (again.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(second).not.toBe(first);
    // Logging in again ends the session the browser came with (no fixation).
    expect((await t.send('/auth/me', { headers: { cookie: first } })).status).toBe(401);
    expect((await t.send('/auth/me', { headers: { cookie: second } })).status).toBe(200);
  });

  it('uses a Secure __Host- cookie behind a trusted proxy that says https', async () => {
    const t = await testBff(recordingUpstream().upstream, { config: { trustProxy: true } });
    const headers = { ...json, origin: 'https://localhost', 'x-forwarded-proto': 'https' };
    const res = await t.send('/auth/login', {
      method: 'POST',
      headers,
      body: body('admin', 'admin-password-1'),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-sfc_session=/);
    expect(cookie).toContain('Secure');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('ignores X-Forwarded-Proto without CONSOLE_TRUST_PROXY', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const res = await t.send('/auth/login', {
      method: 'POST',
      headers: { ...json, 'x-forwarded-proto': 'https' },
      body: body('admin', 'admin-password-1'),
    });
    expect(res.headers.get('set-cookie')).toMatch(/^sfc_session=/);
  });

  it('answers an unknown user and a wrong password the same way', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const a = await t.send('/auth/login', {
      method: 'POST',
      headers: json,
      body: body('nobody', 'whatever-password'),
    });
    const b = await t.send('/auth/login', {
      method: 'POST',
      headers: json,
      body: body('admin', 'wrong-password'),
    });
    expect(a.status).toBe(401);
    expect(b.status).toBe(401);
    expect(await a.text()).toBe(await b.text());
    expect(a.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a logout without the CSRF token or from another origin, keeping the session', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const s = await t.login('viewer');
    const noToken = await t.send('/auth/logout', {
      method: 'POST',
      headers: { cookie: s.cookie, origin: ORIGIN },
    });
    expect(noToken.status).toBe(403);
    const foreign = await t.send('/auth/logout', {
      method: 'POST',
      headers: { cookie: s.cookie, origin: 'https://evil.test', 'x-csrf-token': s.csrf },
    });
    expect(foreign.status).toBe(403);
    expect((await t.send('/auth/me', { headers: { cookie: s.cookie } })).status).toBe(200);
  });

  it('answers 400 to a malformed login body and 415 to a form post', async () => {
    const t = await testBff(recordingUpstream().upstream);
    for (const b of ['{}', '{"username":"admin"}', '{"username":"admin","password":"x","extra":1}', '[]']) {
      expect((await t.send('/auth/login', { method: 'POST', headers: json, body: b })).status).toBe(400);
    }
    const form = await t.send('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: 'username=admin&password=admin-password-1',
    });
    expect(form.status).toBe(415);
  });

  it('refuses a cross-site login, by Origin or by Fetch Metadata', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const foreign = await t.send('/auth/login', {
      method: 'POST',
      headers: { ...json, origin: 'https://evil.test' },
      body: body('admin', 'admin-password-1'),
    });
    expect(foreign.status).toBe(403);
    const crossSite = await t.send('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
      body: body('admin', 'admin-password-1'),
    });
    expect(crossSite.status).toBe(403);
  });

  it('logs in a client that is no browser (no Origin, no Sec-Fetch-Site)', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const res = await t.send('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body('admin', 'admin-password-1'),
    });
    expect(res.status).toBe(200);
  });
});

afterAll(() => {
  expect(leaks([UPSTREAM_LOGIN, UPSTREAM_PASSWORD])).toEqual([]);
});
