import { afterAll, describe, expect, it } from 'vitest';
import { leaks } from './testing/collector.ts';
import { READY_CACHE_MS } from './health.ts';
import { ok, recordingUpstream, testBff, UPSTREAM_LOGIN, UPSTREAM_PASSWORD } from './testing/harness.ts';
import { UpstreamError } from './upstream/upstream.ts';

describe('/healthz and /readyz', () => {
  it('reports the process and the upstream separately, probing the upstream at most once per period', async () => {
    let now = 0;
    let up = true;
    const r = recordingUpstream(() => {
      if (!up) throw new UpstreamError('refused', 'refused');
      return ok({ data: [] });
    });
    const t = await testBff(r.upstream, { now: () => now });
    expect((await t.send('/healthz')).status).toBe(200);
    expect((await t.send('/readyz')).status).toBe(200);
    expect((await t.send('/readyz')).status).toBe(200);
    expect(r.calls).toHaveLength(1);
    up = false;
    now += READY_CACHE_MS;
    const down = await t.send('/readyz');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'not ready', message: 'The Sigfox API cannot be reached' });
    expect((await t.send('/healthz')).status).toBe(200);
    expect(r.calls).toHaveLength(2);
  });
});

afterAll(() => {
  expect(leaks([UPSTREAM_LOGIN, UPSTREAM_PASSWORD])).toEqual([]);
});
