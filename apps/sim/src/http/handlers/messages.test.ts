import { CallbackErrorPage } from '@sfc/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCallbackError } from '../../db/writes.ts';
import type { Fixture } from '../testing/samples.ts';
import { fixtureOf } from '../testing/samples.ts';
import type { TestServer } from '../testing/server.ts';
import { startTestServer, TEST_NOW } from '../testing/server.ts';

let t: TestServer;
let f: Fixture;

beforeAll(async () => {
  t = await startTestServer();
  f = fixtureOf(t.sim.db, TEST_NOW);
});
afterAll(() => t.close());

const errors = async (query: string) =>
  CallbackErrorPage.parse((await t.api.get(`/api/callbacks/messages/error?limit=100000${query}`)).json).data;

describe('callback errors (Messages not sent this month)', () => {
  it('starts a month ago by default, in milliseconds', async () => {
    const groupId = (
      t.sim.db.prepare('SELECT group_id FROM device_types WHERE id = ?').get(f.typeId) as { group_id: string }
    ).group_id;
    const old = Math.floor(TEST_NOW / 1000) - 31 * 86_400;
    insertCallbackError(
      t.sim.db,
      {
        device: f.deviceId,
        deviceType: f.typeId,
        time: old,
        data: 'beef',
        snr: 10,
        status: 500,
        message: 'Internal Server Error',
        callback: { url: 'http://127.0.0.1:9/old' },
        parameters: { device: f.deviceId, time: old },
        callbackId: f.callbackIds[0] ?? '',
      },
      groupId,
    );
    expect((await errors('')).some((e) => e.time === old)).toBe(false);
    expect((await errors('&since=0')).some((e) => e.time === old)).toBe(true);
    expect((await errors(`&since=${old * 1000}`)).at(-1)?.time).toBe(old);
    expect((await errors(`&since=${old * 1000 + 1}`)).some((e) => e.time === old)).toBe(false);
  });

  it('writes the default window of the first page into next, so later pages keep it', async () => {
    const first = CallbackErrorPage.parse((await t.api.get('/api/callbacks/messages/error?limit=1')).json);
    const next = new URL(first.paging?.next ?? '');
    expect(next.searchParams.get('since')).toBe(String(TEST_NOW - 30 * 86_400_000));
  });

  it('narrows by hexId, else deviceTypeId, else groupId', async () => {
    const all = await errors('&since=0');
    const byDevice = await errors(`&since=0&hexId=${f.deviceId}&deviceTypeId=${'9'.repeat(24)}`);
    expect(byDevice).toEqual(all.filter((e) => e.device === f.deviceId));
    const byType = await errors(`&since=0&deviceTypeId=${f.typeId}&groupId=${'9'.repeat(24)}`);
    expect(byType).toEqual(all.filter((e) => e.deviceType === f.typeId));
    expect(await errors(`&since=0&groupId=${f.rootId}`)).toEqual(all);
    expect((await t.api.get('/api/callbacks/messages/error?hexId=FEDCBA98')).status).toBe(404);
    expect((await t.api.get(`/api/callbacks/messages/error?groupId=${'9'.repeat(24)}`)).status).toBe(404);
  });
});
