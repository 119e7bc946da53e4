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

  it('accepts the GET mutation as a browser sends it: no Origin, Sec-Fetch-Site same-origin, the token', async () => {
    const r = recordingUpstream(() => ({
      status: 200,
      contentType: undefined,
      retryAfter: undefined,
      body: '',
    }));
    const t = await testBff(r.upstream);
    const s = await t.login('admin');
    const path = `/api/devicetypes/${DT}/disengage`;
    const browser = { cookie: s.cookie, 'sec-fetch-site': 'same-origin' };
    expect((await t.send(path, { headers: browser })).status).toBe(403);
    expect(r.calls).toEqual([]);
    const res = await t.send(path, { headers: { ...browser, 'x-csrf-token': s.csrf } });
    // The upstream's empty 200 reaches the browser as 204 No Content.
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

afterAll(() => {
  expect(leaks([UPSTREAM_LOGIN, UPSTREAM_PASSWORD])).toEqual([]);
});
