import { afterAll, describe, expect, it } from 'vitest';
import { leaks } from '../testing/collector.ts';
import {
  ok,
  recordingUpstream,
  type TestBff,
  testBff,
  UPSTREAM_LOGIN,
  UPSTREAM_PASSWORD,
} from '../testing/harness.ts';
import { UpstreamError, type UpstreamRequest, type UpstreamResponse } from '../upstream/upstream.ts';

/*
 * The batched coverage route against fake upstreams: failing points, the shared limit
 * on upstream calls in flight, the cache's lifetime.
 */

interface Item {
  lat: number;
  lng: number;
  redundancy: number | null;
  error?: string;
}

const batch = async (t: TestBff, cookie: string, query: string) => {
  const res = await t.send(`/bff/coverage/redundancy?${query}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: Item[] }).results;
};
const latOf = (req: UpstreamRequest) => Number(new URLSearchParams(req.query).get('lat'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('failing points', () => {
  it('gives redundancy null and a short error for each failing point; the others are answered', async () => {
    const r = recordingUpstream((req): UpstreamResponse => {
      const lat = latOf(req);
      if (lat === 1) return ok({ message: `boom ${UPSTREAM_PASSWORD}` }, 500);
      if (lat === 2) throw new UpstreamError('timeout', 'The Sigfox API did not answer in time');
      if (lat === 3) throw new Error(`socket to ${UPSTREAM_LOGIN} died`);
      if (lat === 4) return ok({ redundancy: 'many', note: UPSTREAM_PASSWORD });
      if (lat === 5) return ok({ message: 'rate limited' }, 429);
      return ok({ redundancy: 2 });
    });
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('viewer');
    expect(await batch(t, cookie, 'points=0,0;1,0;2,0;3,0;4,0;5,0;6,0')).toEqual([
      { lat: 0, lng: 0, redundancy: 2 },
      { lat: 1, lng: 0, redundancy: null, error: 'upstream status 500' },
      { lat: 2, lng: 0, redundancy: null, error: 'upstream timeout' },
      { lat: 3, lng: 0, redundancy: null, error: 'upstream unreachable' },
      { lat: 4, lng: 0, redundancy: null, error: 'upstream answer not understood' },
      { lat: 5, lng: 0, redundancy: null, error: 'upstream status 429' },
      { lat: 6, lng: 0, redundancy: 2 },
    ]);
    // Failures are not cached: asked again, they go upstream again; answers are not.
    const before = r.calls.length;
    await batch(t, cookie, 'points=0,0;1,0');
    expect(r.calls.slice(before).map(latOf)).toEqual([1]);
  });

  it('answers 200 with an error per point when the upstream is unreachable, and retries a reset read once', async () => {
    const r = recordingUpstream(() => {
      throw new UpstreamError('reset', 'reset');
    });
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('viewer');
    expect(await batch(t, cookie, 'points=10,10;20,20&mode=OUTDOOR')).toEqual([
      { lat: 10, lng: 10, redundancy: null, error: 'upstream connection reset' },
      { lat: 20, lng: 20, redundancy: null, error: 'upstream connection reset' },
    ]);
    expect(r.calls).toHaveLength(4);
    expect(r.calls[0]).toEqual({
      method: 'GET',
      path: '/api/coverages/redundancy',
      query: 'lat=10&lng=10&mode=OUTDOOR',
      body: undefined,
    });
  });
});

describe('the shared limit on upstream calls', () => {
  it('keeps at most 8 upstream calls in flight for 3 concurrent batches of 100 points', async () => {
    let inFlight = 0;
    let most = 0;
    const r = recordingUpstream(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await sleep(5);
      inFlight--;
      return ok({ redundancy: 1 });
    });
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('viewer');
    const points = (b: number) => Array.from({ length: 100 }, (_, i) => `${b * 10 + i / 100},${i}`).join(';');
    const results = await Promise.all([0, 1, 2].map((b) => batch(t, cookie, `points=${points(b)}`)));
    expect(results.flat()).toHaveLength(300);
    expect(results.flat().every((x) => x.redundancy === 1)).toBe(true);
    expect(r.calls).toHaveLength(300);
    expect(most).toBe(8);
  });

  it('shares one upstream call between concurrent batches asking the same point', async () => {
    const r = recordingUpstream(async () => {
      await sleep(20);
      return ok({ redundancy: 3 });
    });
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('viewer');
    const both = await Promise.all([
      batch(t, cookie, 'points=7,7'),
      batch(t, cookie, 'points=7.000001,7;7,7'),
    ]);
    expect(both.flat().map((x) => x.redundancy)).toEqual([3, 3, 3]);
    expect(r.calls).toHaveLength(1);
  });
});

describe('the cache', () => {
  it('keeps an answer 10 minutes', async () => {
    let now = Date.UTC(2026, 10, 25);
    const r = recordingUpstream(() => ok({ redundancy: 0 }));
    const t = await testBff(r.upstream, { now: () => now });
    const { cookie } = await t.login('viewer');
    await batch(t, cookie, 'points=45,5');
    now += 10 * 60_000 - 1;
    await batch(t, cookie, 'points=45,5');
    expect(r.calls).toHaveLength(1);
    now += 1;
    await batch(t, cookie, 'points=45,5');
    expect(r.calls).toHaveLength(2);
  });

  it('keys by mode', async () => {
    const r = recordingUpstream(() => ok({ redundancy: 0 }));
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('viewer');
    await batch(t, cookie, 'points=45,5&mode=INDOOR');
    await batch(t, cookie, 'points=45,5&mode=OUTDOOR');
    expect(r.calls).toHaveLength(2);
  });
});

afterAll(() => {
  expect(leaks([UPSTREAM_LOGIN, UPSTREAM_PASSWORD])).toEqual([]);
});
