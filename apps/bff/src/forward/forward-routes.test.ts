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
import { UpstreamError } from '../upstream/upstream.ts';

const DT = '5f1e2d3c4b5a69788796a5b4';
const CB = '0123456789abcdef01234567';

describe('sessions and roles on /api', () => {
  it('answers 401 JSON without a session, and the upstream sees nothing', async () => {
    const r = recordingUpstream();
    const t = await testBff(r.upstream);
    const res = await t.send('/api/devicetypes');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(r.calls).toEqual([]);
  });

  it('lets a viewer read, and forwards exactly the validated request', async () => {
    const r = recordingUpstream(() => ok({ data: [] }));
    const t = await testBff(r.upstream);
    const s = await t.login('viewer');
    const res = await t.send(`/api/devicetypes/${DT}/devices?limit=5&snr=2`, {
      headers: { cookie: s.cookie },
    });
    expect(res.status).toBe(200);
    expect(await answer(res)).toEqual({ data: [] });
    expect(r.calls).toEqual([
      { method: 'GET', path: `/api/devicetypes/${DT}/devices`, query: 'limit=5&snr=2', body: undefined },
    ]);
  });

  it('refuses mutations to viewers (403) before the upstream', async () => {
    const r = recordingUpstream();
    const t = await testBff(r.upstream);
    const s = await t.login('viewer');
    const res = await t.send('/api/devicetypes/edit', {
      method: 'POST',
      headers: mutationHeaders(s),
      body: JSON.stringify({ id: DT }),
    });
    expect(res.status).toBe(403);
    expect(r.calls).toEqual([]);
  });

  it('needs the CSRF token and same origin on mutations, even on the GET mutation (disengage)', async () => {
    const r = recordingUpstream(() => ({
      status: 204,
      contentType: undefined,
      retryAfter: undefined,
      body: '',
    }));
    const t = await testBff(r.upstream);
    const s = await t.login('admin');
    const path = `/api/devicetypes/${DT}/disengage`;
    expect((await t.send(path, { headers: { cookie: s.cookie } })).status).toBe(403);
    expect((await t.send(path, { headers: { cookie: s.cookie, origin: 'http://localhost' } })).status).toBe(
      403,
    );
    expect(r.calls).toEqual([]);
    const res = await t.send(path, { headers: mutationHeaders(s) });
    expect(res.status).toBe(204);
    expect(r.calls).toHaveLength(1);
  });
});

describe('validation before forwarding', () => {
  it('refuses bad path parameters, unknown and repeated query parameters with field errors', async () => {
    const r = recordingUpstream();
    const t = await testBff(r.upstream);
    const { cookie } = await t.login('viewer');
    const bad = await t.send('/api/devices/XYZ', { headers: { cookie } });
    expect(bad.status).toBe(400);
    expect((await answer(bad)).errors[0]?.field).toBe('id');
    const unknown = await t.send(`/api/devicetypes/${DT}/devices?limit=5&foo=1`, { headers: { cookie } });
    expect(unknown.status).toBe(400);
    expect((await answer(unknown)).errors).toEqual([
      { field: 'foo', message: 'foo: unknown query parameter' },
    ]);
    const repeated = await t.send(`/api/devicetypes/${DT}/devices?limit=5&limit=6`, { headers: { cookie } });
    expect(repeated.status).toBe(400);
    const noQuery = await t.send(`/api/devices/00A1?x=1`, { headers: { cookie } });
    expect(noQuery.status).toBe(400);
    const outOfRange = await t.send(`/api/devicetypes/${DT}/devices?offset=5001`, { headers: { cookie } });
    expect(outOfRange.status).toBe(400);
    expect(r.calls).toEqual([]);
  });

  it('validates bodies with the shared schemas (400 with field errors), size and type first', async () => {
    const r = recordingUpstream(() => ({
      status: 204,
      contentType: undefined,
      retryAfter: undefined,
      body: '',
    }));
    const t = await testBff(r.upstream);
    const s = await t.login('admin');
    const send = (body: string, extra: Record<string, string> = {}) =>
      t.send('/api/devicetypes/edit', { method: 'POST', headers: mutationHeaders(s, extra), body });
    const wrong = await send(JSON.stringify({ id: DT, keepAlive: 5 }));
    expect(wrong.status).toBe(400);
    expect((await answer(wrong)).errors.map((e) => e.field)).toContain('keepAlive');
    expect((await send(JSON.stringify({ id: DT, extra: 1 }))).status).toBe(400);
    expect((await send('{not json')).status).toBe(400);
    expect((await send(JSON.stringify({ id: DT }), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await send(JSON.stringify({ id: DT, description: 'x'.repeat(70_000) }))).status).toBe(413);
    expect(r.calls).toEqual([]);
    expect((await send(JSON.stringify({ id: DT, name: 'n' }))).status).toBe(204);
    expect(r.calls[0]?.body).toBe(JSON.stringify({ id: DT, name: 'n' }));
  });

  it('refuses a body on an endpoint that takes none', async () => {
    const r = recordingUpstream();
    const t = await testBff(r.upstream);
    const s = await t.login('admin');
    const res = await t.send(`/api/devicetypes/${DT}/callbacks/${CB}/delete`, {
      method: 'POST',
      headers: mutationHeaders(s),
      body: '{"x":1}',
    });
    expect(res.status).toBe(400);
    expect(r.calls).toEqual([]);
  });
});

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
