import {
  Consumption,
  Device,
  DevicePage,
  LocationPage,
  MessageMetric,
  MessagePage,
  NetworkState,
  TokenState,
} from '@sfc/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../testing/samples.ts';
import { fixtureOf } from '../testing/samples.ts';
import type { TestServer } from '../testing/server.ts';
import { startTestServer, TEST_NOW } from '../testing/server.ts';

let t: TestServer;
let f: Fixture;
const db = () => t.sim.db;
const count = (sql: string, ...args: unknown[]): number =>
  (
    db()
      .prepare(sql)
      .get(...args) as { n: number }
  ).n;

beforeAll(async () => {
  t = await startTestServer();
  f = fixtureOf(db(), TEST_NOW);
});
afterAll(() => t.close());

const expect400 = (res: { status: number; json: unknown }, field: string) => {
  expect(res.status).toBe(400);
  expect(res.json).toMatchObject({ errors: expect.arrayContaining([expect.objectContaining({ field })]) });
};

describe('devices', () => {
  it('reads a device: last message time in seconds, token times in milliseconds', async () => {
    const device = Device.parse((await t.api.get(`/api/devices/${f.deviceId}`)).json);
    const last = count('SELECT max(time) AS n FROM messages WHERE device_id = ?', f.deviceId);
    expect(device).toMatchObject({ id: f.deviceId, type: f.eventTypeId, last });
    expect(device.averageSnr).toBe(device.averageSignal);
    if (device.tokenEnd !== undefined) expect(device.tokenEnd).toBeGreaterThan(1e12);
  });

  it('finds a device whatever the case and leading zeros of its id', async () => {
    const lower = `000${f.deviceId.toLowerCase()}`.slice(-8);
    expect(Device.parse((await t.api.get(`/api/devices/${lower}`)).json).id).toBe(f.deviceId);
    expect400(await t.api.get('/api/devices/XYZ'), 'id');
    expect400(await t.api.get('/api/devices/123456789'), 'id');
    expect((await t.api.get('/api/devices/FEDCBA98')).status).toBe(404);
  });

  it('lists messages most recent first with the v1 shapes (snr as a string, rinfos)', async () => {
    const page = MessagePage.parse((await t.api.get(`/api/devices/${f.deviceId}/messages?limit=5`)).json);
    expect(page.data).toHaveLength(5);
    expect(page.data.every((m) => m.device === f.deviceId && typeof m.snr === 'string')).toBe(true);
    expect(page.data[0]?.time).toBe(
      count('SELECT max(time) AS n FROM messages WHERE device_id = ?', f.deviceId),
    );
    expect400(await t.api.get(`/api/devices/${f.deviceId}/messages?before=yesterday`), 'before');
    expect400(await t.api.get(`/api/devices/${f.deviceId}/messages?since=-5`), 'since');
  });

  it('lists locations in milliseconds, valid only with a position', async () => {
    const page = LocationPage.parse((await t.api.get(`/api/devices/${f.deviceId}/locations?limit=50`)).json);
    const messages = MessagePage.parse(
      (await t.api.get(`/api/devices/${f.deviceId}/messages?limit=50`)).json,
    );
    expect(page.data.map((l) => l.time)).toEqual(messages.data.map((m) => m.time * 1000));
    page.data.forEach((l, i) => {
      expect(l.valid).toBe(messages.data[i]?.computedLocation !== undefined);
    });
  });

  it('answers token state from the token and the device state', async () => {
    const device = db()
      .prepare('SELECT id, type_id FROM devices WHERE token_type IS NOT NULL LIMIT 1')
      .get() as { id: string };
    db()
      .prepare('UPDATE devices SET state = 0, token_type = ?, token_end = ? WHERE id = ?')
      .run('CONTRACT', TEST_NOW + 1000, device.id);
    const state = async () =>
      TokenState.parse((await t.api.get(`/api/devices/${device.id}/token-state`)).json);
    expect(await state()).toMatchObject({
      code: 0,
      detailMessage: 'Ok',
      tokenType: 'CONTRACT',
      tokenEnd: TEST_NOW + 1000,
    });
    db()
      .prepare('UPDATE devices SET token_end = ? WHERE id = ?')
      .run(TEST_NOW - 1000, device.id);
    expect(await state()).toMatchObject({ code: 1, detailMessage: 'Invalid token' });
    db().prepare('UPDATE devices SET state = 2 WHERE id = ?').run(device.id);
    expect(await state()).toMatchObject({ code: 1, detailMessage: 'Off contract' });
    db().prepare('UPDATE devices SET token_type = NULL WHERE id = ?').run(device.id);
    expect(await state()).toEqual({ code: 2, detailMessage: 'Not communicated' });
  });

  it('answers the network state from the device state', async () => {
    db().prepare('UPDATE devices SET state = 4 WHERE id = ?').run(f.deviceId);
    expect(
      NetworkState.parse((await t.api.get(`/api/devices/${f.deviceId}/networkstate`)).json).networkStatus,
    ).toBe('NOK');
    db().prepare('UPDATE devices SET state = 0 WHERE id = ?').run(f.deviceId);
    expect(
      NetworkState.parse((await t.api.get(`/api/devices/${f.deviceId}/networkstate`)).json).networkStatus,
    ).toBe('OK');
  });

  it('counts messages of the last day, week and month of simulated time', async () => {
    const metric = MessageMetric.parse((await t.api.get(`/api/devices/${f.deviceId}/messages/metric`)).json);
    const now = TEST_NOW / 1000;
    const since = (s: number) =>
      count('SELECT count(*) AS n FROM messages WHERE device_id = ? AND time >= ?', f.deviceId, s);
    expect(metric).toEqual({
      lastDay: since(now - 86400),
      lastWeek: since(now - 7 * 86400),
      lastMonth: since(now - 30 * 86400),
    });
    expect(metric.lastDay).toBeGreaterThan(0);
  });

  it('answers consumptions per day of the year, on the singular and plural paths', async () => {
    const year = new Date(TEST_NOW).getUTCFullYear();
    const body = Consumption.parse((await t.api.get(`/api/device/${f.deviceId}/consumptions/${year}`)).json);
    expect(body.id).toBe(`${f.deviceId}_${year}`);
    expect(body.consumptions).toHaveLength(365);
    const total = body.consumptions.reduce((n, d) => n + d.frameCount, 0);
    expect(total).toBe(count('SELECT count(*) AS n FROM messages WHERE device_id = ?', f.deviceId));
    const dayOfNow = Math.floor((TEST_NOW - Date.UTC(year, 0, 1)) / 86_400_000);
    expect(body.consumptions[dayOfNow - 1]?.frameCount).toBeGreaterThan(0);
    expect((await t.api.get(`/api/devices/${f.deviceId}/consumptions/${year}`)).json).toEqual(body);
    expect(
      Consumption.parse((await t.api.get(`/api/device/${f.deviceId}/consumptions/2028`)).json).consumptions,
    ).toHaveLength(366);
    expect400(await t.api.get(`/api/device/${f.deviceId}/consumptions/26`), 'year');
  });
});

describe('device list snr filter', () => {
  it('splits the devices of a type by average SNR class: 0-10, 10-13, 13-20, above 20 dB', async () => {
    const list = async (q: string) =>
      DevicePage.parse((await t.api.get(`/api/devicetypes/${f.typeId}/devices?limit=100000${q}`)).json).data;
    const all = await list('');
    const bounds: Record<number, [number, number]> = {
      1: [-100, 10],
      2: [10, 13],
      3: [13, 20],
      4: [20, 100],
    };
    let total = 0;
    for (const snr of [1, 2, 3, 4]) {
      const [lo, hi] = bounds[snr] ?? [0, 0];
      const page = await list(`&snr=${snr}`);
      total += page.length;
      expect(page.every((d) => (d.averageSnr ?? Number.NaN) >= lo && (d.averageSnr ?? Number.NaN) < hi)).toBe(
        true,
      );
    }
    expect(total).toBe(all.filter((d) => d.averageSnr !== undefined).length);
    expect400(await t.api.get(`/api/devicetypes/${f.typeId}/devices?snr=5`), 'snr');
  });
});

describe('device registration (the reference curl POST)', () => {
  it('registers devices named prefix + id, without a token', async () => {
    const res = await t.api.post(`/api/devicetypes/${f.typeId}`, {
      prefix: 'test-device-',
      ids: [{ id: 'C031', pk: '16b3cc86699ab4d3091a05ee' }],
    });
    expect(res.status, res.text).toBe(200);
    const device = Device.parse((await t.api.get('/api/devices/C031')).json);
    expect(device).toMatchObject({ id: 'C031', name: 'test-device-C031', type: f.typeId, last: 0, state: 0 });
    expect(device.tokenType).toBeUndefined();
    expect(TokenState.parse((await t.api.get('/api/devices/C031/token-state')).json).code).toBe(2);
  });

  it('lets a registered device send, heard by a station, with finite averages', async () => {
    const reg = await t.api.post(`/api/devicetypes/${f.typeId}`, {
      prefix: 'r-',
      ids: [{ id: 'C0FFEE', pk: '16b3cc86699ab4d3091a05ee' }],
    });
    expect(reg.status, reg.text).toBe(200);
    await t.sim.live.emitNow('C0FFEE');
    const json = (await t.api.get('/api/devices/C0FFEE')).json as Record<string, unknown>;
    expect(json.averageRssi).toEqual(expect.any(Number));
    expect(Number.isFinite(json.averageRssi)).toBe(true);
    const messages = (await t.api.get('/api/devices/C0FFEE/messages')).json as {
      data: { rinfos: unknown[] }[];
    };
    expect(messages.data[0]?.rinfos.length).toBeGreaterThan(0);
  });

  it.each([
    [{ prefix: 'x', ids: [{ id: '0C031', pk: '16b3cc86699ab4d3091a05ee' }] }, 'ids.0.id'],
    [{ prefix: 'x', ids: [{ id: 'C032', pk: 'xyz' }] }, 'ids.0.pk'],
    [{ prefix: 'x', ids: [{ id: 'not hex', pk: '16b3cc86699ab4d3091a05ee' }] }, 'ids.0.id'],
    [{ prefix: 'x', ids: [] }, 'ids'],
    [{ prefix: 'x' }, 'ids'],
  ])('refuses %j with a 400 naming %s and registers nothing', async (body, field) => {
    const before = count('SELECT count(*) AS n FROM devices');
    expect400(await t.api.post(`/api/devicetypes/${f.typeId}`, body), field);
    expect(count('SELECT count(*) AS n FROM devices')).toBe(before);
  });

  it('registers all or nothing when one id is taken', async () => {
    const before = count('SELECT count(*) AS n FROM devices');
    const ids = [
      { id: 'D001', pk: '16b3cc86699ab4d3091a05ee' },
      { id: f.deviceId, pk: '16b3cc86699ab4d3091a05ee' },
    ];
    expect400(await t.api.post(`/api/devicetypes/${f.typeId}`, { prefix: '', ids }), 'ids.1.id');
    expect(count('SELECT count(*) AS n FROM devices')).toBe(before);
    expect(
      (await t.api.post(`/api/devicetypes/${'0'.repeat(24)}`, { prefix: '', ids: [ids[0]] })).status,
    ).toBe(404);
  });
});
