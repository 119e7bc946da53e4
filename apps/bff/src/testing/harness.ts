import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BffApp, createApp } from '../app.ts';
import { hashPassword, type ScryptCost } from '../auth/passwords.ts';
import { type Config, loadConfig } from '../config.ts';
import type { Upstream, UpstreamRequest, UpstreamResponse } from '../upstream/upstream.ts';
import { collect } from './collector.ts';

/*
 * Test support (not shipped behaviour): a temporary data and web dir, two users, an
 * app, and helpers that log in and send requests. Every response goes through the
 * collector so that the secret scan sees the whole suite.
 */

export const CHEAP: ScryptCost = { N: 1024, r: 8, p: 1 };
export const ORIGIN = 'http://localhost';
export const PASSWORDS = { admin: 'admin-password-1', viewer: 'viewer-password-1' } as const;

export function tempDirs(): { dataDir: string; webDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'sfc-bff-'));
  const webDir = join(root, 'web');
  mkdirSync(join(webDir, 'assets'), { recursive: true });
  writeFileSync(
    join(webDir, 'index.html'),
    '<!doctype html><title>console</title><script type="module" src="/assets/app-3f9a1c.js"></script>',
  );
  writeFileSync(join(webDir, 'assets', 'app-3f9a1c.js'), 'console.log("app");');
  return { dataDir: join(root, 'data'), webDir };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const { dataDir, webDir } = tempDirs();
  const base = loadConfig({
    CONSOLE_DATA_DIR: dataDir,
    CONSOLE_WEB_DIR: webDir,
    CONSOLE_ACCESS_LOG: 'false',
  });
  return { ...base, ...overrides };
}

export async function addUsers(app: BffApp): Promise<void> {
  app.users.put({
    username: 'admin',
    role: 'editor',
    passwordHash: await hashPassword(PASSWORDS.admin, CHEAP),
    passwordChangedAt: 0,
  });
  app.users.put({
    username: 'viewer',
    role: 'viewer',
    passwordHash: await hashPassword(PASSWORDS.viewer, CHEAP),
    passwordChangedAt: 0,
  });
}

export interface Recorded {
  calls: UpstreamRequest[];
  upstream: Upstream;
}

export const UPSTREAM_LOGIN = 'up-login-5c1d7e';
export const UPSTREAM_PASSWORD = 'up-password-9b2f44a0';

/** An upstream that records every call and answers with `answer` (200 `{}` by default). */
export function recordingUpstream(
  answer: (req: UpstreamRequest) => UpstreamResponse | Promise<UpstreamResponse> = () => ok({}),
  baseUrl = 'https://backend.test',
): Recorded {
  const calls: UpstreamRequest[] = [];
  return {
    calls,
    upstream: {
      baseUrl,
      secrets: [UPSTREAM_LOGIN, UPSTREAM_PASSWORD],
      request: async (req) => {
        calls.push(req);
        return answer(req);
      },
      close: async () => {},
    },
  };
}

export function ok(body: unknown, status = 200): UpstreamResponse {
  return { status, contentType: 'application/json', retryAfter: undefined, body: JSON.stringify(body) };
}

export interface TestBff {
  app: BffApp;
  /** Sends a request in-process; every response is collected for the secret scan. */
  send(path: string, init?: RequestInit & { ip?: string }): Promise<Response>;
  /** Logs in and answers the cookie header and the CSRF token. */
  login(username: 'admin' | 'viewer'): Promise<{ cookie: string; csrf: string }>;
  logs: string[];
  configWebDir: string;
}

export async function testBff(
  upstream: Upstream,
  opts: {
    config?: Partial<Config>;
    now?: () => number;
  } = {},
): Promise<TestBff> {
  const logs: string[] = [];
  const config = testConfig({ accessLog: true, ...opts.config });
  const app = createApp({
    config,
    upstream,
    log: (l) => logs.push(l),
    now: opts.now,
    scryptCost: CHEAP,
  });
  await addUsers(app);
  const send = async (path: string, init: RequestInit & { ip?: string } = {}) => {
    const { ip, ...rest } = init;
    const env = { incoming: { socket: { remoteAddress: ip ?? '127.0.0.1' } } };
    return collect(await app.request(path, rest, env));
  };
  const login = async (username: 'admin' | 'viewer') => {
    const res = await send('/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ username, password: PASSWORDS[username] }),
    });
    if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie, csrf: csrfToken };
  };
  return { app, send, login, logs, configWebDir: config.webDir };
}

/** Headers of a same-origin mutation by a logged-in user. */
export function mutationHeaders(s: { cookie: string; csrf: string }, extra: Record<string, string> = {}) {
  return {
    cookie: s.cookie,
    origin: ORIGIN,
    'x-csrf-token': s.csrf,
    'content-type': 'application/json',
    ...extra,
  };
}

/** A JSON answer as the shapes the tests look at (`{message, errors}`, pages). */
export interface Answer {
  message?: string;
  errors: { field: string; message: string }[];
  data: Record<string, unknown>[];
  paging: { next: string };
}

export async function answer(res: Response): Promise<Answer> {
  return (await res.json()) as Answer;
}
