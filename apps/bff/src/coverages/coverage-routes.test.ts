import { CoverageBatchResult } from '@sfc/api';
import { createSimulator, type Simulator } from '@sfc/sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaks } from '../testing/collector.ts';
import { answer, ok, recordingUpstream, type TestBff, testBff } from '../testing/harness.ts';
import { createFetchUpstream } from '../upstream/fetch-upstream.ts';
import type { Upstream, UpstreamRequest } from '../upstream/upstream.ts';

/*
 * The batched coverage route against the simulator (same answers as the forwarded
 * single-point endpoint, cache) and against fakes (validation, failures, the shared
 * limit on upstream calls in flight).
 */

const secrets: string[] = [];

/** Wraps an upstream and keeps every request it forwards. */
function counting(inner: Upstream): { upstream: Upstream; calls: UpstreamRequest[] } {
  const calls: UpstreamRequest[] = [];
  return {
    calls,
    upstream: {
      ...inner,
      request: (req) => {
        calls.push(req);
        return inner.request(req);
      },
    },
  };
}

const get = async (t: TestBff, cookie: string, query: string) => {
  const res = await t.send(`/bff/coverage/redundancy?${query}`, { headers: { cookie } });
  return { status: res.status, body: (await res.json()) as unknown };
};

/** A grid over France: cities, countryside and sea, so redundancies differ. */
const GRID = Array.from({ length: 30 }, (_, i) => ({
  lat: Number((42.5 + (i % 6) * 1.3).toFixed(5)),
  lng: Number((-2 + Math.floor(i / 6) * 1.7).toFixed(5)),
}));
const param = (points: { lat: number; lng: number }[]) => points.map((p) => `${p.lat},${p.lng}`).join(';');

describe('GET /bff/coverage/redundancy against the simulator', () => {
  let sim: Simulator;
  let t: TestBff;
  let calls: UpstreamRequest[];
  let cookie: string;

  beforeAll(async () => {
    sim = createSimulator({
      db: ':memory:',
      seed: 3,
      devices: 5,
      historyDays: 1,
      now: Date.UTC(2026, 10, 20),
    });
    const { login, password } = sim.credentials;
    secrets.push(login, password);
    const c = counting(
      createFetchUpstream({
        fetch: sim.fetch,
        baseUrl: 'http://sim.local',
        login,
        password,
        timeoutMs: 5000,
      }),
    );
    calls = c.calls;
    t = await testBff(c.upstream);
    cookie = (await t.login('viewer')).cookie;
  });

  it('answers each point as the forwarded single-point endpoint does, in request order', async () => {
    for (const mode of ['INDOOR', 'OUTDOOR', 'UNDERGROUND'] as const) {
      const batch = await get(t, cookie, `mode=${mode}&points=${param(GRID)}`);
      expect(batch.status).toBe(200);
      const result = CoverageBatchResult.parse(batch.body);
      const single = [];
      for (const p of GRID) {
        const res = await t.send(`/api/coverages/redundancy?lat=${p.lat}&lng=${p.lng}&mode=${mode}`, {
          headers: { cookie },
        });
        expect(res.status).toBe(200);
        single.push({ ...p, ...((await res.json()) as { redundancy: number }) });
      }
      expect(result).toEqual({ mode, results: single });
      if (mode === 'OUTDOOR') expect(new Set(single.map((s) => s.redundancy)).size).toBeGreaterThan(1);
    }
  });

  it('takes INDOOR by default', async () => {
    const batch = CoverageBatchResult.parse((await get(t, cookie, 'points=43.6,1.44')).body);
    const indoor = CoverageBatchResult.parse((await get(t, cookie, 'points=43.6,1.44&mode=INDOOR')).body);
    expect(batch).toEqual(indoor);
    expect(batch.mode).toBe('INDOOR');
  });

  it('asks the upstream nothing for a batch it has just answered, and once for repeated points', async () => {
    const points = `points=${param(GRID.slice(0, 10))}&mode=OUTDOOR`;
    const first = await get(
      t,
      cookie,
      points.replace('OUTDOOR', 'UNDERGROUND').replace('points=', 'points=10,10;10,10;'),
    );
    expect(first.status).toBe(200);
    const before = calls.length;
    const again = await get(t, cookie, points);
    expect(again.status).toBe(200);
    expect(calls.length).toBe(before);

    const fresh = await get(t, cookie, 'points=44.1,3.1;44.1,3.1;44.100001,3.1;44.1,3.1&mode=INDOOR');
    expect((fresh.body as { results: unknown[] }).results).toHaveLength(4);
    expect(calls.slice(before)).toEqual([
      {
        method: 'GET',
        path: '/api/coverages/redundancy',
        query: 'lat=44.1&lng=3.1&mode=INDOOR',
        body: undefined,
      },
    ]);
  });

  it('is not audited, and is access-logged', async () => {
    await get(t, cookie, 'points=45,5');
    expect((await t.app.audit.page(10, undefined)).data).toEqual([]);
    expect(t.logs.some((l) => l.includes('"/bff/coverage/redundancy"') && l.includes('"viewer"'))).toBe(true);
  });

  afterAll(() => sim.close());
});

describe('GET /bff/coverage/redundancy: refusals', () => {
  it('answers 401 JSON when logged out, and asks the upstream nothing', async () => {
    const r = recordingUpstream(() => ok({ redundancy: 1 }));
    const t = await testBff(r.upstream);
    const res = await t.send('/bff/coverage/redundancy?points=1,1');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ message: 'Not logged in, or the session has expired' });
    expect(r.calls).toEqual([]);
  });

  it.each([
    ['points=0,0;1,1;91,0', 'points[2].lat', 'must be between -90 and 90'],
    ['points=0,181', 'points[0].lng', 'must be between -180 and 180'],
    ['points=0,x', 'points[0].lng', 'must be a decimal number'],
    ['points=0,0;7', 'points[1]', 'must be lat,lng'],
    ['points=', 'points', 'must have at least 1 point'],
    [`points=${Array(101).fill('1,1').join(';')}`, 'points', 'must have at most 100 points'],
    ['points=1,1&mode=indoor', 'mode', 'must be OUTDOOR, INDOOR or UNDERGROUND'],
    ['mode=INDOOR', 'points', 'Invalid input: expected string, received undefined'],
    ['points=1,1&callback=f', 'callback', 'unknown query parameter'],
    ['points=1,1&points=2,2', 'points', 'is repeated'],
  ])('refuses %s with 400 naming %s', async (query, field, message) => {
    const r = recordingUpstream(() => ok({ redundancy: 1 }));
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('admin');
    const res = await t.send(`/bff/coverage/redundancy?${query}`, { headers: { cookie } });
    expect(res.status).toBe(400);
    const body = await answer(res);
    expect(body.errors).toEqual([{ field, message }]);
    expect(body.message).toBe(`Invalid query parameter: ${field}: ${message}`);
    expect(r.calls).toEqual([]);
  });

  it('speaks GET only', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const { cookie } = await t.login('admin');
    const res = await t.send('/bff/coverage/redundancy?points=1,1', { method: 'POST', headers: { cookie } });
    expect(res.status).toBe(404);
  });
});

afterAll(() => {
  expect(leaks(secrets)).toEqual([]);
});
