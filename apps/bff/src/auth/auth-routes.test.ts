import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { leaks } from '../testing/collector.ts';
import {
  CHEAP,
  ORIGIN,
  recordingUpstream,
  testBff,
  testConfig,
  UPSTREAM_LOGIN,
  UPSTREAM_PASSWORD,
} from '../testing/harness.ts';
import { hashPassword } from './passwords.ts';

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

  it('refuses a cross-site login and a login without Origin', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const foreign = await t.send('/auth/login', {
      method: 'POST',
      headers: { ...json, origin: 'https://evil.test' },
      body: body('admin', 'admin-password-1'),
    });
    expect(foreign.status).toBe(403);
    const none = await t.send('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body('admin', 'admin-password-1'),
    });
    expect(none.status).toBe(403);
  });
});

describe('throttling', () => {
  it('answers 429 with Retry-After after too many failures for one username, from any IP', async () => {
    let now = 1_000_000;
    const t = await testBff(recordingUpstream().upstream, {
      now: () => now,
      config: { loginThrottle: { perIp: 100, perUsername: 3, windowMs: 60_000 } },
    });
    for (let i = 0; i < 3; i++) {
      const r = await t.send('/auth/login', {
        method: 'POST',
        headers: json,
        body: body('admin', 'nope'),
        ip: `10.0.0.${i}`,
      });
      expect(r.status).toBe(401);
    }
    const blocked = await t.send('/auth/login', {
      method: 'POST',
      headers: json,
      body: body('admin', 'admin-password-1'),
      ip: '10.0.0.9',
    });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('60');
    now += 60_000;
    const after = await t.send('/auth/login', {
      method: 'POST',
      headers: json,
      body: body('admin', 'admin-password-1'),
      ip: '10.0.0.9',
    });
    expect(after.status).toBe(200);
  });

  it('answers 429 after too many attempts from one IP, whatever the usernames', async () => {
    const t = await testBff(recordingUpstream().upstream, {
      config: { loginThrottle: { perIp: 4, perUsername: 100, windowMs: 60_000 } },
    });
    for (let i = 0; i < 4; i++) {
      await t.send('/auth/login', {
        method: 'POST',
        headers: json,
        body: body(`user${i}`, 'nope'),
        ip: '10.1.1.1',
      });
    }
    const blocked = await t.send('/auth/login', {
      method: 'POST',
      headers: json,
      body: body('admin', 'admin-password-1'),
      ip: '10.1.1.1',
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const elsewhere = await t.send('/auth/login', {
      method: 'POST',
      headers: json,
      body: body('admin', 'admin-password-1'),
      ip: '10.1.1.2',
    });
    expect(elsewhere.status).toBe(200);
  });
});

describe('expiry and invalidation', () => {
  it('ends a session after the idle time, and after the absolute time even when active', async () => {
    let now = 0;
    const t = await testBff(recordingUpstream().upstream, {
      now: () => now,
      config: { sessionIdleMs: 60_000, sessionAbsoluteMs: 150_000 },
    });
    const idle = await t.login('viewer');
    now = 59_000;
    expect((await t.send('/auth/me', { headers: { cookie: idle.cookie } })).status).toBe(200);
    now = 59_000 + 60_000;
    expect((await t.send('/auth/me', { headers: { cookie: idle.cookie } })).status).toBe(401);

    const active = await t.login('viewer');
    for (const step of [50_000, 50_000, 49_000]) {
      now += step;
      expect((await t.send('/auth/me', { headers: { cookie: active.cookie } })).status).toBe(200);
    }
    now += 2_000;
    expect((await t.send('/auth/me', { headers: { cookie: active.cookie } })).status).toBe(401);
  });

  it('ends sessions opened before a password change', async () => {
    let now = 1_000;
    const t = await testBff(recordingUpstream().upstream, { now: () => now });
    const s = await t.login('viewer');
    now = 5_000;
    t.app.users.put({
      username: 'viewer',
      role: 'viewer',
      passwordHash: await hashPassword('new-password-22', CHEAP),
      passwordChangedAt: now,
    });
    expect((await t.send('/auth/me', { headers: { cookie: s.cookie } })).status).toBe(401);
  });

  it('keeps sessions across a restart (persisted, keyed by a hash of the id)', async () => {
    const config = testConfig();
    const first = createApp({
      config,
      upstream: recordingUpstream().upstream,
      scryptCost: CHEAP,
      log: () => {},
    });
    first.users.put({
      username: 'admin',
      role: 'editor',
      passwordHash: await hashPassword('pw-pw-pw-pw-1', CHEAP),
      passwordChangedAt: 0,
    });
    const res = await first.request('/auth/login', {
      method: 'POST',
      headers: json,
      body: body('admin', 'pw-pw-pw-pw-1'),
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const second = createApp({
      config,
      upstream: recordingUpstream().upstream,
      scryptCost: CHEAP,
      log: () => {},
    });
    expect((await second.request('/auth/me', { headers: { cookie } })).status).toBe(200);
    const { readFileSync } = await import('node:fs');
    const file = readFileSync(`${config.dataDir}/sessions.json`, 'utf8');
    expect(file).not.toContain(cookie.split('=')[1]!);
  });

  it('answers 401 JSON for a forged or malformed session cookie', async () => {
    const t = await testBff(recordingUpstream().upstream);
    for (const cookie of [
      'sfc_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      'sfc_session=x',
      'sfc_session=',
    ]) {
      const res = await t.send('/auth/me', { headers: { cookie } });
      expect(res.status).toBe(401);
      expect(await res.json()).toHaveProperty('message');
    }
  });
});

afterAll(() => {
  expect(leaks([UPSTREAM_LOGIN, UPSTREAM_PASSWORD])).toEqual([]);
});
