import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { leaks } from '../testing/collector.ts';
import {
  answer,
  mutationHeaders,
  ok,
  recordingUpstream,
  testBff,
  UPSTREAM_LOGIN,
  UPSTREAM_PASSWORD,
} from '../testing/harness.ts';

const DT = '5f1e2d3c4b5a69788796a5b4';
const CB = '0123456789abcdef01234567';

describe('audit log', () => {
  it('appends who, when, endpoint, parameters, a redacted body summary and the status; editors read it paged', async () => {
    const r = recordingUpstream(() => ({
      status: 204,
      contentType: undefined,
      retryAfter: undefined,
      body: '',
    }));
    const t = await testBff(r.upstream, { now: () => Date.UTC(2026, 0, 2) });
    const s = await t.login('admin');
    const body = { prefix: 'dev-', ids: [{ id: '00A1', pk: 'deadbeefdeadbeef' }] };
    const reg = await t.send(`/api/devicetypes/${DT}`, {
      method: 'POST',
      headers: mutationHeaders(s),
      body: JSON.stringify(body),
    });
    expect(reg.status).toBe(204);
    for (const enabled of ['true', 'false']) {
      await t.send(`/api/devicetypes/${DT}/callbacks/${CB}/enable?enabled=${enabled}`, {
        method: 'POST',
        headers: mutationHeaders(s),
      });
    }
    const lines = readFileSync(join(t.app.audit.file), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    const first = JSON.parse(lines[0]!);
    expect(first).toMatchObject({
      time: '2026-01-02T00:00:00.000Z',
      user: 'admin',
      endpoint: 'registerDevices',
      method: 'POST',
      path: `/api/devicetypes/${DT}`,
      params: { id: DT },
      status: 204,
    });
    expect(first.body.ids[0].pk).toBe('[redacted]');

    const page1 = await t.send('/bff/audit?limit=2', { headers: { cookie: s.cookie } });
    const p1 = await answer(page1);
    expect(p1.data.map((e) => (e.query as Record<string, string>).enabled)).toEqual(['false', 'true']);
    expect(p1.paging.next).toBe('/bff/audit?limit=2&cursor=1');
    const p2 = await answer(await t.send(p1.paging.next, { headers: { cookie: s.cookie } }));
    expect(p2.data.map((e) => e.endpoint)).toEqual(['registerDevices']);
    expect(p2.paging).toEqual({});

    const viewer = await t.login('viewer');
    expect((await t.send('/bff/audit', { headers: { cookie: viewer.cookie } })).status).toBe(403);
    expect((await t.send('/bff/audit')).status).toBe(401);
  });

  it('does not audit reads', async () => {
    const t = await testBff(recordingUpstream(() => ok({ data: [] })).upstream);
    const s = await t.login('admin');
    await t.send('/api/devicetypes', { headers: { cookie: s.cookie } });
    const page = await answer(await t.send('/bff/audit', { headers: { cookie: s.cookie } }));
    expect(page.data).toEqual([]);
  });
});

afterAll(() => {
  expect(leaks([UPSTREAM_LOGIN, UPSTREAM_PASSWORD])).toEqual([]);
});
