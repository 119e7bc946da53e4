import { endpointList } from '@sfc/api';
import type { EndpointName } from '@sfc/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMessage, insertStatusEvent } from '../db/writes.ts';
import type { Fixture } from './testing/samples.ts';
import { fixtureOf, samples } from './testing/samples.ts';
import type { TestServer } from './testing/server.ts';
import { basic, startTestServer, TEST_NOW } from './testing/server.ts';

let t: TestServer;
let f: Fixture;

beforeAll(async () => {
  t = await startTestServer();
  f = fixtureOf(t.sim.db, TEST_NOW);
  // Status events are rare in a small world: add some, with ties on time, to page through.
  const base = TEST_NOW - 3 * 86_400_000;
  for (let i = 0; i < 9; i += 1) {
    const time = base + Math.floor(i / 2) * 3_600_000;
    const common = { deviceTypeId: f.eventTypeId, time, message: `test event ${i}` };
    insertStatusEvent(t.sim.db, { ...common, severity: 'ERROR', deviceId: f.deviceId });
    insertStatusEvent(t.sim.db, { ...common, severity: 'WARN', deviceIds: [f.deviceId, 'FFFF01'] });
  }
});
afterAll(() => t.close());

type Item = Record<string, unknown>;
interface PageBody {
  data: Item[];
  paging?: { next?: string };
}

const pagedEndpoints = endpointList.filter(([, e]) => e.paging !== undefined);
/** The path with these query parameters set (replacing the sample's own). */
function withQuery(path: string, query: string): string {
  const url = new URL(path, 'http://x');
  for (const [key, value] of new URLSearchParams(query)) url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}

async function page(path: string): Promise<PageBody> {
  const res = await t.api.get(path);
  expect(res.status, `${path}: ${res.text}`).toBe(200);
  return res.json as PageBody;
}

/** Follows `next` from the first page to the last; answers the records and the number of pages. */
async function walk(path: string): Promise<{ items: Item[]; pages: number }> {
  const items: Item[] = [];
  let next: string | undefined = path;
  let pages = 0;
  while (next !== undefined) {
    const body: PageBody = await page(next);
    items.push(...body.data);
    pages += 1;
    next = body.paging?.next;
    if (next !== undefined) expect(next.startsWith(`${t.url}/api/`), next).toBe(true);
    expect(pages).toBeLessThan(10_000);
  }
  return { items, pages };
}

/** Unit of `time` in the records of each time-paged list (domain-notes.md: not uniform). */
const recordUnit: Partial<Record<EndpointName, 's' | 'ms'>> = {
  listDeviceTypeMessages: 's',
  listDeviceMessages: 's',
  listDeviceLocations: 'ms',
  listDeviceTypeErrorEvents: 'ms',
  listDeviceTypeWarnEvents: 'ms',
  listDeviceErrorEvents: 'ms',
  listDeviceWarnEvents: 'ms',
  listCallbackErrors: 's',
};

describe('paging, for every paged endpoint of the catalogue', () => {
  it.each(pagedEndpoints)('%s: walking next visits every record once, in order', async (name) => {
    const path = samples[name](f).path;
    const all = (await page(withQuery(path, 'limit=100000'))).data;
    expect(all.length, 'the test world has records for this list').toBeGreaterThan(1);
    const limit = Math.max(1, Math.floor(all.length / 4));
    const { items, pages } = await walk(withQuery(path, `limit=${limit}`));
    expect(items).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / limit));
    const unit = recordUnit[name];
    if (unit !== undefined) {
      const times = all.map((r) => r.time as number);
      expect(times, 'most recent first').toEqual([...times].sort((a, b) => b - a));
    }
  });

  it.each(pagedEndpoints)(
    '%s: limit defaults to 100, offset skips, offset above 5000 is a 400',
    async (name) => {
      const path = samples[name](f).path;
      const all = (await page(withQuery(path, 'limit=100000'))).data;
      expect((await page(path)).data).toEqual(all.slice(0, 100));
      expect((await page(withQuery(path, 'offset=1&limit=2'))).data).toEqual(all.slice(1, 3));
      expect((await page(withQuery(path, 'offset=5000'))).data).toEqual(all.slice(5000, 5100));
      const res = await t.api.get(withQuery(path, 'offset=5001'));
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ errors: [{ field: 'offset' }] });
      const neg = await t.api.get(withQuery(path, 'limit=0'));
      expect(neg.status).toBe(400);
      expect(neg.json).toMatchObject({ errors: [{ field: 'limit' }] });
    },
  );

  it.each(pagedEndpoints)('%s: a cursor not taken from next is a 400 naming cursor', async (name) => {
    const path = samples[name](f).path;
    for (const cursor of ['nonsense', Buffer.from('["time","x",1]').toString('base64url')]) {
      const res = await t.api.get(withQuery(path, `cursor=${cursor}`));
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ errors: [{ field: 'cursor' }] });
    }
  });

  const timed = pagedEndpoints.filter(([, e]) => e.paging?.timeUnit !== null);
  it.each(timed)('%s: before and since are read in the documented unit', async (name, endpoint) => {
    const path = samples[name](f).path;
    const all = (await page(withQuery(path, 'limit=100000'))).data;
    const unit = recordUnit[name];
    expect(unit, 'every time-paged endpoint has its record unit here').toBeDefined();
    const times = all.map((r) => r.time as number);
    const pivot = times[Math.floor(times.length / 2)] ?? 0;
    // The bound in the query's unit, for a record time in the record's unit.
    const toQuery = (time: number) =>
      endpoint.paging?.timeUnit === unit
        ? time
        : endpoint.paging?.timeUnit === 'ms'
          ? time * 1000
          : time / 1000;
    const before = (await page(withQuery(path, `limit=100000&before=${toQuery(pivot)}`))).data;
    expect(before).toEqual(all.filter((r) => (r.time as number) < pivot));
    const since = (await page(withQuery(path, `limit=100000&since=${toQuery(pivot)}`))).data;
    expect(since).toEqual(all.filter((r) => (r.time as number) >= pivot));
    expect(before.length + since.length).toBe(all.length);
    expect(since.length).toBeGreaterThan(0);
  });
});

describe('paging beyond the documented limits', () => {
  it('builds next from the address the client used', async () => {
    const path = withQuery(samples.listDeviceMessages(f).path, 'limit=1');
    const viaLocalhost = await t.api.get(`${t.url.replace('127.0.0.1', 'localhost')}${path}`);
    const next = (viaLocalhost.json as PageBody).paging?.next ?? '';
    expect(next.startsWith(`${t.url.replace('127.0.0.1', 'localhost')}/api/devices/`)).toBe(true);
    const res = await t.sim.fetch(
      new Request(`http://sigfox.example:9999${path}`, {
        headers: { authorization: basic(t.sim.credentials) },
      }),
    );
    const body = (await res.json()) as PageBody;
    expect(body.paging?.next?.startsWith('http://sigfox.example:9999/api/devices/')).toBe(true);
    expect(new URL(body.paging?.next ?? '').searchParams.get('limit')).toBe('1');
  });

  it('stays exact while new messages arrive during the walk', async () => {
    const path = withQuery(samples.listDeviceTypeMessages(f).path, 'limit=100000');
    const snapshot = (await page(path)).data;
    const newest = snapshot[0];
    expect(newest).toBeDefined();
    const pages: Item[] = [];
    let next: string | undefined = withQuery(samples.listDeviceTypeMessages(f).path, 'limit=7');
    let round = 0;
    while (next !== undefined) {
      const body: PageBody = await page(next);
      pages.push(...body.data);
      next = body.paging?.next;
      // New messages after every page: one later than all, one in the same second as the newest.
      round += 1;
      for (const time of [(newest?.time as number) + round, newest?.time as number]) {
        insertMessage(
          t.sim.db,
          {
            device: String(newest?.device),
            time,
            seqNumber: round % 4096,
            data: 'cafe',
            snr: 12,
            rinfos: [],
            linkQuality: 'GOOD',
          },
          f.typeId,
        );
      }
    }
    expect(pages).toEqual(snapshot);
  });

  it('reaches every device of a type that holds more than offsets can reach', async () => {
    const before = (await page(withQuery(samples.listDevices(f).path, 'limit=100000'))).data.length;
    const ids = Array.from({ length: 5300 }, (_, i) => ({
      id: (0xa0000000 + i).toString(16).toUpperCase(),
      pk: '00112233445566778899aabb',
    }));
    for (const chunk of [ids.slice(0, 5000), ids.slice(5000)]) {
      const res = await t.api.post(`/api/devicetypes/${f.typeId}`, { prefix: 'bulk-', ids: chunk });
      expect(res.status, res.text).toBe(200);
    }
    const { items, pages } = await walk(withQuery(samples.listDevices(f).path, 'limit=1000'));
    expect(items.length).toBe(before + 5300);
    expect(new Set(items.map((d) => d.id)).size).toBe(items.length);
    expect(pages).toBe(Math.ceil((before + 5300) / 1000));
    // The last records are out of reach of offset (at most 5000) with the documented limit.
    const last = await t.api.get(withQuery(samples.listDevices(f).path, 'offset=5300'));
    expect(last.status).toBe(400);
  });
});
