import { afterAll, describe, expect, it } from 'vitest';
import { leaks } from '../testing/collector.ts';
import { recordingUpstream, testBff, UPSTREAM_LOGIN, UPSTREAM_PASSWORD } from '../testing/harness.ts';
import { batchedSink } from './access-log.ts';

describe('access log', () => {
  it('writes one JSON line per request without query string, cookies or tokens', async () => {
    const t = await testBff(recordingUpstream().upstream);
    const s = await t.login('admin');
    await t.send('/api/devicetypes?includeSubGroups=true', { headers: { cookie: s.cookie } });
    const lines = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toMatchObject({
      method: 'GET',
      path: '/api/devicetypes',
      status: 200,
      user: 'admin',
    });
    expect(Object.keys(lines.at(-1) ?? {}).sort()).toEqual([
      'ip',
      'method',
      'ms',
      'path',
      'status',
      't',
      'user',
    ]);
    const all = t.logs.join('\n');
    expect(all).not.toContain(s.csrf);
    expect(all).not.toContain(s.cookie.split('=')[1]);
    expect(all).not.toContain('admin-password-1');
    expect(all).not.toContain('includeSubGroups');
  });

  it('joins the lines of one event-loop turn into one write', async () => {
    const writes: string[] = [];
    const sink = batchedSink({ write: (t: string) => writes.push(t) });
    sink('a');
    sink('b');
    await new Promise((r) => setImmediate(r));
    sink('c');
    await new Promise((r) => setImmediate(r));
    expect(writes).toEqual(['a\nb\n', 'c\n']);
  });
});

afterAll(() => {
  expect(leaks([UPSTREAM_LOGIN, UPSTREAM_PASSWORD])).toEqual([]);
});
