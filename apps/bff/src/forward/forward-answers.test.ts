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
import { UpstreamError } from '../upstream/upstream.ts';

const DT = '5f1e2d3c4b5a69788796a5b4';
const _CB = '0123456789abcdef01234567';

describe('answers', () => {
  it('rewrites paging.next to the BFF relative URL when it points at the upstream, else drops it', async () => {
    let next = `https://backend.test/api/devicetypes/${DT}/devices?limit=2&offset=2`;
    const r = recordingUpstream(() => ok({ data: [{ id: '1' }], paging: { next } }));
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('viewer');
    const first = await t.send(`/api/devicetypes/${DT}/devices?limit=2`, { headers: { cookie } });
    expect((await answer(first)).paging).toEqual({ next: `/api/devicetypes/${DT}/devices?limit=2&offset=2` });
    for (next of [
      `https://evil.test/api/devicetypes/${DT}/devices?offset=2`,
      `http://backend.test/api/devicetypes/${DT}/devices?offset=2`,
      'https://backend.test/api/not-in-catalogue',
      `https://user:pw@backend.test/api/devicetypes/${DT}/devices`,
      'javascript:alert(1)',
    ]) {
      const res = await t.send(`/api/devicetypes/${DT}/devices?limit=2`, { headers: { cookie } });
      expect((await answer(res)).paging).toEqual({});
    }
  });

  it('maps upstream faults: 401 and 5xx to 502, 3xx to 502, 429 with Retry-After, 4xx with its message', async () => {
    let reply = ok({ message: 'Device type not found' }, 404);
    const r = recordingUpstream(() => reply);
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('viewer');
    const get = () => t.send(`/api/devicetypes/${DT}`, { headers: { cookie } });
    let res = await get();
    expect(res.status).toBe(404);
    expect(await answer(res)).toEqual({ message: 'Device type not found' });
    reply = { ...ok({}), status: 429, retryAfter: '7' };
    res = await get();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    for (const status of [401, 500, 503, 301, 302]) {
      reply = ok({ message: 'x' }, status);
      expect((await get()).status).toBe(502);
    }
  });

  it('passes Retry-After on only as delay-seconds or an HTTP-date', async () => {
    let retry = '';
    const r = recordingUpstream(() => ({ ...ok({}), status: 429, retryAfter: retry }));
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('viewer');
    const get = () => t.send(`/api/devicetypes/${DT}`, { headers: { cookie } });
    retry = 'Wed, 21 Oct 2026 07:28:00 GMT';
    expect((await get()).headers.get('retry-after')).toBe(retry);
    for (retry of ['soon', '12; x=1', '-3', 'Wed, 21 Oct 2026 07:28:00 GMT<script>']) {
      const res = await get();
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toBeNull();
    }
  });

  it('refuses a 2xx answer that is not JSON (502)', async () => {
    const r = recordingUpstream(() => ({
      status: 200,
      contentType: 'text/html',
      retryAfter: undefined,
      body: '<script>x</script>',
    }));
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('viewer');
    const res = await t.send(`/api/devicetypes/${DT}`, { headers: { cookie } });
    expect(res.status).toBe(502);
    expect(await res.text()).not.toContain('<script>');
  });

  it('maps connection refused to 502 and timeout to 504 with JSON messages', async () => {
    let failure: 'refused' | 'timeout' = 'refused';
    const r = recordingUpstream(() => {
      throw new UpstreamError(failure, 'failed');
    });
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('viewer');
    let res = await t.send(`/api/devicetypes/${DT}`, { headers: { cookie } });
    expect(res.status).toBe(502);
    expect(await answer(res)).toHaveProperty('message');
    failure = 'timeout';
    res = await t.send(`/api/devicetypes/${DT}`, { headers: { cookie } });
    expect(res.status).toBe(504);
  });

  it('retries a read once on a reset connection, and never a mutation', async () => {
    let resets = 0;
    const r = recordingUpstream(() => {
      if (resets-- > 0) throw new UpstreamError('reset', 'reset');
      return ok({ data: [] });
    });
    const t = await testBff(r.upstream);
    const s = await t.login('admin');
    resets = 1;
    expect((await t.send(`/api/devicetypes/${DT}`, { headers: { cookie: s.cookie } })).status).toBe(200);
    expect(r.calls).toHaveLength(2);
    resets = 2;
    expect((await t.send(`/api/devicetypes/${DT}`, { headers: { cookie: s.cookie } })).status).toBe(502);
    expect(r.calls).toHaveLength(4);
    resets = 1;
    const edit = await t.send('/api/devicetypes/edit', {
      method: 'POST',
      headers: mutationHeaders(s),
      body: JSON.stringify({ id: DT }),
    });
    expect(edit.status).toBe(502);
    expect(r.calls).toHaveLength(5);
  });

  it('scrubs the upstream credentials from anything the upstream echoes', async () => {
    const r = recordingUpstream((req) =>
      req.path.endsWith('edit')
        ? ok({ message: `bad login ${UPSTREAM_LOGIN}:${UPSTREAM_PASSWORD}` }, 400)
        : ok({ id: DT, name: `name ${UPSTREAM_PASSWORD}` }),
    );
    const t = await testBff(r.upstream);
    const s = await t.login('admin');
    const got = await t.send(`/api/devicetypes/${DT}`, { headers: { cookie: s.cookie } });
    expect(await got.text()).not.toContain(UPSTREAM_PASSWORD);
    const edit = await t.send('/api/devicetypes/edit', {
      method: 'POST',
      headers: mutationHeaders(s),
      body: JSON.stringify({ id: DT }),
    });
    const text = await edit.text();
    expect(edit.status).toBe(400);
    expect(text).not.toContain(UPSTREAM_LOGIN);
    expect(text).not.toContain(UPSTREAM_PASSWORD);
  });
});

afterAll(() => {
  expect(leaks([UPSTREAM_LOGIN, UPSTREAM_PASSWORD])).toEqual([]);
});
