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

describe('client address for throttling', () => {
  const attempt = (t: Awaited<ReturnType<typeof testBff>>, forwardedFor: string) =>
    t.send('/auth/login', {
      method: 'POST',
      headers: { ...json, 'x-forwarded-for': forwardedFor },
      body: body('nobody', 'nope'),
      ip: '10.9.9.9',
    });

  it('ignores X-Forwarded-For without CONSOLE_TRUST_PROXY: a client cannot pick its own address', async () => {
    const t = await testBff(recordingUpstream().upstream, {
      config: { loginThrottle: { perIp: 2, perUsername: 100, windowMs: 60_000 } },
    });
    expect((await attempt(t, '1.1.1.1')).status).toBe(401);
    expect((await attempt(t, '2.2.2.2')).status).toBe(401);
    expect((await attempt(t, '3.3.3.3')).status).toBe(429);
  });

  it('uses the last X-Forwarded-For hop behind a trusted proxy', async () => {
    const t = await testBff(recordingUpstream().upstream, {
      config: { trustProxy: true, loginThrottle: { perIp: 2, perUsername: 100, windowMs: 60_000 } },
    });
    expect((await attempt(t, '6.6.6.6, 1.1.1.1')).status).toBe(401);
    expect((await attempt(t, '7.7.7.7, 1.1.1.1')).status).toBe(401);
    expect((await attempt(t, '8.8.8.8, 1.1.1.1')).status).toBe(429);
    expect((await attempt(t, '2.2.2.2')).status).toBe(401);
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

  it('ends the sessions of a removed user', async () => {
    let now = 1_000;
    const t = await testBff(recordingUpstream().upstream, { now: () => now });
    const s = await t.login('viewer');
    t.app.users.remove('viewer');
    now += 1_000;
    expect((await t.send('/auth/me', { headers: { cookie: s.cookie } })).status).toBe(401);
  });

  it('applies a role change to open sessions', async () => {
    let now = 1_000;
    const t = await testBff(recordingUpstream().upstream, { now: () => now });
    const s = await t.login('viewer');
    const viewer = t.app.users.get('viewer')!;
    t.app.users.put({ ...viewer, role: 'editor' });
    now += 1_000;
    expect(await (await t.send('/auth/me', { headers: { cookie: s.cookie } })).json()).toMatchObject({
      role: 'editor',
    });
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
