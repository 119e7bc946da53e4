import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../http/env.ts';
import { CHEAP, ORIGIN } from '../testing/harness.ts';
import { authRoutes } from './auth-routes.ts';
import { LoginThrottle } from './login-throttle.ts';
import { hashPassword } from './passwords.ts';
import { SessionStore } from './sessions.ts';
import { UsersStore } from './users-store.ts';

describe('login timing', () => {
  it('verifies an unknown username against the decoy hash, so it costs what a wrong password costs', async () => {
    const hash = await hashPassword('never-typed-anywhere', CHEAP);
    let decoyUsed = 0;
    const decoyHash = () => {
      decoyUsed += 1;
      return Promise.resolve(hash);
    };
    const dir = mkdtempSync(join(tmpdir(), 'sfc-decoy-'));
    const users = new UsersStore(dir);
    users.put({
      username: 'ann',
      role: 'viewer',
      passwordHash: await hashPassword('ann-password-1', CHEAP),
      passwordChangedAt: 0,
    });
    const limits = { perIp: 100, perUsername: 100, windowMs: 60_000 };
    const app = new Hono<AppEnv>().route(
      '/auth',
      authRoutes({
        users,
        sessions: new SessionStore(undefined, { idleMs: 60_000, absoluteMs: 60_000 }),
        throttle: new LoginThrottle(limits),
        decoyHash,
        trustProxy: false,
        absoluteMs: 60_000,
      }),
    );
    const login = (username: string) =>
      app.request('/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN },
        body: JSON.stringify({ username, password: 'wrong-password' }),
      });
    expect((await login('ann')).status).toBe(401);
    expect(decoyUsed).toBe(0);
    expect((await login('nobody')).status).toBe(401);
    expect(decoyUsed).toBe(1);
  });
});
