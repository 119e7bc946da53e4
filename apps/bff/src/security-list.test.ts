import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { leaks } from './testing/collector.ts';
import { addUsers, CHEAP, testConfig } from './testing/harness.ts';
import { fakeUpstream, listenApp, type RawAnswer, rawHttp } from './testing/http.ts';
import { createPoolUpstream } from './upstream/pool-upstream.ts';

/*
 * Hostile requests over real HTTP, each one asserting its status, that no CORS header
 * came back, and that the upstream saw nothing at all.
 */

const LOGIN = 'sec-login-7a7a7a';
const PASSWORD = 'sec-password-3e3e3e3e';
const DT = '5f1e2d3c4b5a69788796a5b4';
let now = 1_000_000;
let upstream: Awaited<ReturnType<typeof fakeUpstream>>;
let bff: Awaited<ReturnType<typeof listenApp>>;
let closeApp: () => Promise<void>;
let editor = { cookie: '', csrf: '' };
let viewer = { cookie: '', csrf: '' };
let other = { cookie: '', csrf: '' };
let host = '';

function req(method: string, target: string, headers: Record<string, string> = {}, body = ''): string {
  const all: Record<string, string> = { host, connection: 'close', ...headers };
  if (body && !('transfer-encoding' in all)) all['content-length'] = String(Buffer.byteLength(body));
  const lines = Object.entries(all).map(([k, v]) => `${k}: ${v}`);
  return `${method} ${target} HTTP/1.1\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

async function login(username: string, password: string) {
  const body = JSON.stringify({ username, password });
  const res = await rawHttp(
    bff.port,
    req('POST', '/auth/login', { origin: `http://${host}`, 'content-type': 'application/json' }, body),
  );
  const cookie = /set-cookie: ([^;]+)/i.exec(res.headers)?.[1] ?? '';
  return { cookie, csrf: (JSON.parse(res.body) as { csrfToken: string }).csrfToken };
}

beforeAll(async () => {
  upstream = await fakeUpstream((_req, res) => res.end('{}'));
  const config = testConfig();
  const app = createApp({
    config,
    upstream: createPoolUpstream({
      url: upstream.url,
      login: LOGIN,
      password: PASSWORD,
      timeoutMs: 2000,
      connections: 4,
    }),
    log: () => {},
    now: () => now,
    scryptCost: CHEAP,
  });
  await addUsers(app);
  bff = await listenApp(app);
  closeApp = app.close;
  host = `127.0.0.1:${bff.port}`;
  editor = await login('admin', 'admin-password-1');
  viewer = await login('viewer', 'viewer-password-1');
  other = await login('admin', 'admin-password-1');
});

afterAll(async () => {
  await bff.close();
  await closeApp();
  await upstream.close();
  expect(leaks([LOGIN, PASSWORD])).toEqual([]);
});

type Case = [name: string, build: () => string, status: number];
const edit = JSON.stringify({ id: DT, name: 'x' });
const asEditor = (extra: Record<string, string> = {}) => ({
  cookie: editor.cookie,
  origin: `http://${host}`,
  'x-csrf-token': editor.csrf,
  'content-type': 'application/json',
  ...extra,
});
const get =
  (target: string, extra: Record<string, string> = {}) =>
  () =>
    req('GET', target, { cookie: editor.cookie, ...extra });
const postEdit =
  (headers: () => Record<string, string>, body = edit) =>
  () =>
    req('POST', '/api/devicetypes/edit', headers(), body);

const cases: Case[] = [
  ['encoded slashes', get('/api/devicetypes%2fedit'), 404],
  ['encoded slash, lower case, in a parameter', get(`/api/devicetypes/${DT}%2f..%2f..%2fgroups`), 404],
  ['encoded dots', get('/api/%2e%2e/admin'), 404],
  ['encoded dot segment inside the catalogue', get('/api/devicetypes/%2e%2e/groups'), 404],
  ['double encoding', get('/api/devicetypes/%252e%252e/groups'), 404],
  ['double-encoded slash', get('/api/devicetypes%252fedit'), 404],
  ['dot-dot segments', get('/api/devicetypes/../groups'), 404],
  ['dot-dot escaping the api space', get('/api/groups/../../etc/passwd'), 404],
  ['single-dot segment', get('/api/./devicetypes'), 404],
  ['backslash', get('/api\\devicetypes'), 400],
  ['encoded backslash', get('/api%5cdevicetypes'), 404],
  ['duplicate leading slash', get('//api/devicetypes'), 404],
  ['duplicate inner slash', get('/api//devicetypes'), 404],
  ['trailing slash', get('/api/devicetypes/'), 404],
  ['upper-case variant', get('/API/devicetypes'), 404],
  ['mixed-case variant', get('/api/DeviceTypes'), 404],
  ['encoded letter of the prefix', get('/%61pi/devicetypes'), 404],
  ['overlong path', get(`/api/devices/${'A'.repeat(4000)}`), 404],
  ['encoded null byte', get('/api/devices/00A1%00'), 404],
  ['path parameter with matrix parameter', get('/api/devices/00A1;x=1'), 404],
  ['absolute-form target to another host', get('http://evil.test/api/devicetypes'), 404],
  ['path outside the catalogue', get('/api/admin'), 404],
  ['bare /api', get('/api'), 404],
  ['PUT on a catalogue path', () => req('PUT', '/api/devicetypes', asEditor(), edit), 404],
  ['DELETE on a catalogue path', () => req('DELETE', '/api/devices/00A1', asEditor()), 404],
  ['PATCH on a catalogue path', () => req('PATCH', '/api/devicetypes/edit', asEditor(), edit), 404],
  ['HEAD on a catalogue path', () => req('HEAD', '/api/devicetypes', { cookie: editor.cookie }), 404],
  [
    'CORS preflight',
    () =>
      req('OPTIONS', '/api/devicetypes/edit', {
        origin: 'https://evil.test',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-csrf-token',
      }),
    404,
  ],
  ['POST on a GET-only path', () => req('POST', '/api/devicetypes', asEditor(), edit), 404],
  ['GET on the POST-only edit path', get('/api/devicetypes/edit'), 400],
  ['JSONP callback parameter', get('/api/devicetypes?callback=alert'), 400],
  ['query smuggling an upstream parameter', get(`/api/devicetypes/${DT}/devices?snr=1%26limit%3D9999`), 400],
  ['CRLF in a query value', get(`/api/devicetypes/${DT}/devices?limit=5%0d%0aX-Injected:%201`), 400],
  ['no session', () => req('GET', '/api/devicetypes'), 401],
  ['forged session', get('/api/devicetypes', { cookie: `sfc_session=${'A'.repeat(43)}` }), 401],
  [
    '__Host- cookie name over plain HTTP',
    get('/api/devicetypes', { cookie: editor.cookie.replace('sfc_session', '__Host-sfc_session') }),
    401,
  ],
  [
    'Basic auth instead of a session',
    () =>
      req('GET', '/api/devicetypes', {
        authorization: `Basic ${Buffer.from(`${LOGIN}:${PASSWORD}`).toString('base64')}`,
      }),
    401,
  ],
  ['mutation without CSRF token', postEdit(() => asEditor({ 'x-csrf-token': '' })), 403],
  ['mutation with a forged CSRF token', postEdit(() => asEditor({ 'x-csrf-token': 'A'.repeat(43) })), 403],
  [
    "mutation with another session's CSRF token",
    postEdit(() => asEditor({ 'x-csrf-token': other.csrf })),
    403,
  ],
  ['mutation from a foreign Origin', postEdit(() => asEditor({ origin: 'https://evil.test' })), 403],
  ['mutation with Origin: null', postEdit(() => asEditor({ origin: 'null' })), 403],
  [
    'mutation with Sec-Fetch-Site: cross-site',
    postEdit(() => asEditor({ 'sec-fetch-site': 'cross-site' })),
    403,
  ],
  [
    'mutation with Sec-Fetch-Site: same-site',
    postEdit(() => asEditor({ 'sec-fetch-site': 'same-site' })),
    403,
  ],
  [
    'mutation without Origin',
    () =>
      req(
        'POST',
        '/api/devicetypes/edit',
        { cookie: editor.cookie, 'x-csrf-token': editor.csrf, 'content-type': 'application/json' },
        edit,
      ),
    403,
  ],
  [
    'mutation by a viewer',
    postEdit(() => asEditor({ cookie: viewer.cookie, 'x-csrf-token': viewer.csrf })),
    403,
  ],
  [
    'oversized body',
    postEdit(() => asEditor(), JSON.stringify({ id: DT, description: 'x'.repeat(100_000) })),
    413,
  ],
  [
    'oversized chunked body',
    () => {
      const chunk = 'x'.repeat(70_000);
      const body = `${chunk.length.toString(16)}\r\n${chunk}\r\n0\r\n\r\n`;
      return req('POST', '/api/devicetypes/edit', asEditor({ 'transfer-encoding': 'chunked' }), body);
    },
    413,
  ],
  ['body failing the schema', postEdit(() => asEditor(), JSON.stringify({ id: DT, keepAlive: 10 })), 400],
  ['body with an unknown field', postEdit(() => asEditor(), JSON.stringify({ id: DT, owner: 'me' })), 400],
  ['body with __proto__', postEdit(() => asEditor(), `{"id":"${DT}","__proto__":{"admin":true}}`), 400],
  [
    'body on an endpoint that takes none',
    () => req('POST', `/api/devicetypes/${DT}/callbacks/${DT}/delete`, asEditor(), '{"id":"x"}'),
    400,
  ],
  ['body that is not JSON', postEdit(() => asEditor(), '{"id":'), 400],
  [
    'form-encoded body (cross-site form)',
    postEdit(() => asEditor({ 'content-type': 'application/x-www-form-urlencoded' }), 'id=1'),
    415,
  ],
  [
    'text/plain body (simple cross-site request)',
    postEdit(() => asEditor({ 'content-type': 'text/plain' })),
    415,
  ],
  [
    'bare LF inside a header value (header injection)',
    () => `GET /api/devicetypes HTTP/1.1\r\nhost: ${host}\r\nx-a: b\nx-b: c\r\nconnection: close\r\n\r\n`,
    400,
  ],
  [
    'Content-Length with Transfer-Encoding (smuggling)',
    () =>
      `POST /api/devicetypes/edit HTTP/1.1\r\nhost: ${host}\r\ncontent-length: 4\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n0\r\n\r\n`,
    400,
  ],
  [
    'two different Content-Lengths',
    () =>
      `POST /api/devicetypes/edit HTTP/1.1\r\nhost: ${host}\r\ncontent-length: 2\r\ncontent-length: 3\r\nconnection: close\r\n\r\n{}x`,
    400,
  ],
];

describe('hostile requests never reach the upstream', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('%s', async (_name, build, status) => {
    const before = upstream.seen.length;
    const res: RawAnswer = await rawHttp(bff.port, build());
    expect(res.status).toBe(status);
    expect(res.headers.toLowerCase()).not.toContain('access-control-');
    expect(upstream.seen.length).toBe(before);
  });

  it('an expired session is refused (401) and the upstream sees nothing', async () => {
    const s = await login('viewer', 'viewer-password-1');
    now += 31 * 60_000;
    const res = await rawHttp(bff.port, req('GET', '/api/devicetypes', { cookie: s.cookie }));
    expect(res.status).toBe(401);
    expect(upstream.seen).toEqual([]);
  });
});
