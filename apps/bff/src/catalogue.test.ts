import { readFileSync } from 'node:fs';
import { endpointList } from '@sfc/api';
import { createSimulator, type Simulator } from '@sfc/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BffApp } from './app.ts';
import { createApp } from './app.ts';
import { type Fixture, samples } from './testing/catalogue-samples.ts';
import { collect, collectText, leaks } from './testing/collector.ts';
import { addUsers, CHEAP, ORIGIN, testConfig } from './testing/harness.ts';
import { listenApp } from './testing/http.ts';
import { createFetchUpstream } from './upstream/fetch-upstream.ts';
import { createPoolUpstream } from './upstream/pool-upstream.ts';
import type { Upstream } from './upstream/upstream.ts';

/*
 * Every catalogue endpoint through the BFF against the simulator, in-process
 * (`sim.fetch`) and over real HTTP (undici pool, both servers listening): reads answer
 * exactly what the simulator answers directly (with paging.next made relative),
 * mutations succeed and take effect.
 */

const NOW = Date.UTC(2026, 10, 20);
const SIM_BASE = 'http://sim.local';
/** The upstream credentials of every simulator started here, for the final scan. */
const secrets: string[] = [];

interface Mode {
  sim: Simulator;
  app: BffApp;
  send(path: string, init?: RequestInit): Promise<Response>;
  direct(method: string, path: string): Promise<unknown>;
  session: { cookie: string; csrf: string };
  fixture: Fixture;
  close(): Promise<void>;
}

async function startMode(overHttp: boolean): Promise<Mode> {
  const sim = createSimulator({ db: ':memory:', seed: 7, devices: 50, now: NOW, historyDays: 3 });
  const { login, password } = sim.credentials;
  secrets.push(login, password);
  const listening = overHttp ? await sim.listen(0, '127.0.0.1') : undefined;
  const upstream: Upstream = listening
    ? createPoolUpstream({ url: listening.url, login, password, timeoutMs: 5000, connections: 4 })
    : createFetchUpstream({ fetch: sim.fetch, baseUrl: SIM_BASE, login, password, timeoutMs: 5000 });
  const logs: string[] = [];
  const app = createApp({ config: testConfig(), upstream, scryptCost: CHEAP, log: (l) => logs.push(l) });
  await addUsers(app);
  const server = overHttp ? await listenApp(app) : undefined;
  const origin = server ? server.url : ORIGIN;
  const send = async (path: string, init: RequestInit = {}) =>
    collect(server ? await fetch(`${server.url}${path}`, init) : await app.request(path, init));
  const auth = `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
  const direct = async (method: string, path: string) => {
    const res = await sim.fetch(
      new Request(`${SIM_BASE}${path}`, { method, headers: { authorization: auth } }),
    );
    const body = (await res.json()) as { paging?: { next?: string } };
    if (body.paging?.next) body.paging.next = body.paging.next.slice(new URL(body.paging.next).origin.length);
    return body;
  };
  const res = await send('/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ username: 'admin', password: 'admin-password-1' }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const session = { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
  const fixture = await discover(direct, sim.credentials.groupId);
  const close = async () => {
    await server?.close();
    await app.close();
    await upstream.close();
    await listening?.close();
    sim.close();
    collectText(logs.join('\n'));
    collectText(readFileSync(app.audit.file, 'utf8'));
  };
  return {
    sim,
    app,
    send: (p, i = {}) => send(p, { ...i, headers: { cookie, origin, ...(i.headers as object) } }),
    direct,
    session,
    fixture,
    close,
  };
}

type Listed = { data: { id: string; callbackSubtype?: number }[] };
async function discover(direct: Mode['direct'], rootId: string): Promise<Fixture> {
  const groups = (await direct('GET', '/api/groups')) as Listed;
  const types = (await direct('GET', '/api/devicetypes?includeSubGroups=true')) as Listed;
  let typeId = '';
  let deviceId = '';
  let bidir = { typeId: '', callbackId: '' };
  let callbackIds: string[] = [];
  for (const t of types.data) {
    const devices = (await direct('GET', `/api/devicetypes/${t.id}/devices?limit=1`)) as Listed;
    const cbs = (await direct('POST', `/api/devicetypes/${t.id}/callbacks`)) as Listed;
    const b = cbs.data.find((c) => c.callbackSubtype === 3);
    if (b && !bidir.typeId) bidir = { typeId: t.id, callbackId: b.id };
    if (!typeId && devices.data[0] && cbs.data.length >= 2) {
      typeId = t.id;
      deviceId = devices.data[0].id;
      callbackIds = cbs.data.map((c) => c.id);
    }
  }
  return {
    rootId,
    groupId: groups.data[0]!.id,
    typeId,
    deviceId,
    callbackIds,
    bidir,
    year: String(new Date(NOW).getUTCFullYear()),
  };
}

describe.each([
  ['in-process', false],
  ['over real HTTP', true],
])('every catalogue endpoint through the BFF (%s)', (_label, overHttp) => {
  let m: Mode;
  beforeAll(async () => {
    m = await startMode(overHttp);
  });
  afterAll(() => m.close());

  it('found a world to work on', () => {
    expect(m.fixture.typeId).not.toBe('');
    expect(m.fixture.bidir.callbackId).not.toBe('');
  });

  it.each(endpointList.filter(([, e]) => !e.mutation))(
    '%s answers what the simulator answers',
    async (name) => {
      const s = samples[name](m.fixture);
      const res = await m.send(s.path, { method: s.method });
      expect(res.status, await res.clone().text()).toBe(200);
      expect(await res.json()).toEqual(await m.direct(s.method, s.path));
    },
  );

  it.each(endpointList.filter(([, e]) => e.mutation))('%s succeeds and is audited', async (name) => {
    const s = samples[name](m.fixture);
    const res = await m.send(s.path, {
      method: s.method,
      headers: { 'x-csrf-token': m.session.csrf, 'content-type': 'application/json' },
      body: s.body === undefined ? undefined : JSON.stringify(s.body),
    });
    expect(res.status, await res.clone().text()).toBeLessThan(300);
    const audit = readFileSync(m.app.audit.file, 'utf8').trim().split('\n').at(-1) ?? '{}';
    expect(JSON.parse(audit)).toMatchObject({
      endpoint: name,
      method: s.method,
      user: 'admin',
    });
  });

  it('the edit took effect upstream', async () => {
    const res = await m.send(`/api/devicetypes/${m.fixture.typeId}`);
    expect(((await res.json()) as { name: string }).name).toBe('Edited through the BFF');
  });

  it('serves the documented aliases and extra methods', async () => {
    const f = m.fixture;
    const alias = await m.send(`/api/devices/${f.deviceId}/consumptions/${f.year}`);
    expect(alias.status).toBe(200);
    expect((await m.send(`/api/devicetypes/${f.typeId}/callbacks`)).status).toBe(200);
  });

  it('follows paging.next through the BFF without learning the upstream', async () => {
    const first = (await (
      await m.send(`/api/devicetypes/${m.fixture.typeId}/devices?limit=2`)
    ).json()) as Listed & {
      paging: { next: string };
    };
    expect(first.paging.next).toMatch(/^\/api\/devicetypes\/[0-9a-f]{24}\/devices\?/);
    const second = (await (await m.send(first.paging.next)).json()) as Listed;
    expect(second.data.length).toBeGreaterThan(0);
    expect(second.data[0]?.id).not.toBe(first.data[0]?.id);
  });
});

describe('the secret scan', () => {
  it('finds the upstream credentials in no response, header, access log line or audit entry of this file', () => {
    expect(secrets.length).toBe(4);
    expect(leaks(secrets)).toEqual([]);
  });
});
