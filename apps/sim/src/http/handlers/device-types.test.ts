import { CallbackList, CoverageRedundancy, DeviceType, DeviceTypeList, GeolocConfigList } from '@sfc/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../testing/samples.ts';
import { fixtureOf } from '../testing/samples.ts';
import type { TestServer } from '../testing/server.ts';
import { startTestServer, TEST_NOW } from '../testing/server.ts';

let t: TestServer;
let f: Fixture;
const db = () => t.sim.db;

beforeAll(async () => {
  t = await startTestServer();
  f = fixtureOf(db(), TEST_NOW);
});
afterAll(() => t.close());

/** The 400 names the field to blame (the project's one error shape). */
const expect400 = (res: { status: number; json: unknown }, field: string) => {
  expect(res.status).toBe(400);
  expect(res.json).toMatchObject({
    message: expect.any(String),
    errors: expect.arrayContaining([expect.objectContaining({ field })]),
  });
};

describe('device types', () => {
  it('reads a device type as stored', async () => {
    const type = DeviceType.parse((await t.api.get(`/api/devicetypes/${f.typeId}`)).json);
    const row = db()
      .prepare('SELECT name, group_id, keep_alive FROM device_types WHERE id = ?')
      .get(f.typeId);
    expect(row).toEqual({ name: type.name, group_id: type.group, keep_alive: type.keepAlive });
  });

  it('takes object ids in either case, as the catalogue does', async () => {
    const type = DeviceType.parse((await t.api.get(`/api/devicetypes/${f.typeId.toUpperCase()}`)).json);
    expect(type.id).toBe(f.typeId);
    expect((await t.api.get(`/api/groups/${f.groupId.toUpperCase()}`)).status).toBe(200);
  });

  it('filters the list by contractInfoId', async () => {
    const contract = (
      db().prepare('SELECT contract_id FROM device_types WHERE id = ?').get(f.typeId) as {
        contract_id: string;
      }
    ).contract_id;
    const list = DeviceTypeList.parse(
      (await t.api.get(`/api/devicetypes?includeSubGroups=true&contractInfoId=${contract}`)).json,
    );
    expect(list.data.length).toBeGreaterThan(0);
    expect(list.data.every((x) => x.contract === contract)).toBe(true);
    expect400(await t.api.get('/api/devicetypes?includeSubGroups=yes'), 'includeSubGroups');
  });

  it('answers 400 for a malformed id, 404 for an unknown one, 400 for an unknown parameter', async () => {
    expect400(await t.api.get('/api/devicetypes/not-an-id'), 'id');
    expect((await t.api.get(`/api/devicetypes/${'c'.repeat(24)}`)).status).toBe(404);
    expect400(await t.api.get(`/api/devicetypes/${f.typeId}/devices?colour=blue`), 'colour');
    expect400(await t.api.get(`/api/devicetypes/${f.typeId}?x=1`), 'x');
    const unknown = await t.api.get('/api/nowhere');
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ message: expect.any(String) });
  });

  it('edits only the fields given, in one go', async () => {
    const before = DeviceType.parse((await t.api.get(`/api/devicetypes/${f.typeId}`)).json);
    const res = await t.api.post('/api/devicetypes/edit', { id: f.typeId, name: 'Renamed', keepAlive: 7200 });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const after = DeviceType.parse((await t.api.get(`/api/devicetypes/${f.typeId}`)).json);
    expect(after).toEqual({ ...before, name: 'Renamed', keepAlive: 7200 });
  });

  it.each([
    [{ name: 'x', keepAlive: 100 }, 'keepAlive'],
    [{ payloadType: 'Custom' }, 'payloadConfig'],
    [{ payloadType: 'Geolocation' }, 'geolocPayloadConfigId'],
    [{ payloadType: 'Sometimes' }, 'payloadType'],
    [{ downlinkMode: 0, downlinkDataString: 'abc' }, 'downlinkDataString'],
    [{ alertEmail: 'not-an-email' }, 'alertEmail'],
    [{ unknownField: 1 }, 'unknownField'],
    [{ payloadConfig: 'a::uint:8' }, 'payloadConfig'],
    [{ payloadType: 'Geolocation', geolocPayloadConfigId: 'd'.repeat(24) }, 'geolocPayloadConfigId'],
  ])('refuses the edition %j with a 400 naming %s', async (edit, field) => {
    const before = db().prepare('SELECT * FROM device_types WHERE id = ?').get(f.typeId);
    // payloadConfig alone is refused when the stored payloadType is not Custom.
    db()
      .prepare("UPDATE device_types SET payload_type = 'None', payload_config = NULL WHERE id = ?")
      .run(f.typeId);
    const current = db().prepare('SELECT * FROM device_types WHERE id = ?').get(f.typeId);
    expect400(await t.api.post('/api/devicetypes/edit', { id: f.typeId, ...edit }), field);
    expect(db().prepare('SELECT * FROM device_types WHERE id = ?').get(f.typeId)).toEqual(current);
    expect(before).toBeDefined();
  });

  it('refuses a body that is not JSON, and an unknown id', async () => {
    expect400(await t.api.request('POST', '/api/devicetypes/edit', { rawBody: '{"id":' }), 'body');
    expect((await t.api.post('/api/devicetypes/edit', { id: 'e'.repeat(24), name: 'x' })).status).toBe(404);
  });

  it('lists geoloc configurations of a group', async () => {
    const list = GeolocConfigList.parse(
      (await t.api.get(`/api/devicetypes/geolocs-config?groupId=${f.rootId}`)).json,
    );
    expect(list.length).toBe(
      (
        db().prepare('SELECT count(*) AS n FROM geoloc_configs WHERE group_id = ?').get(f.rootId) as {
          n: number;
        }
      ).n,
    );
    expect400(await t.api.get('/api/devicetypes/geolocs-config'), 'groupId');
  });

  it('disengages the sequence check of every device of the type', async () => {
    db().prepare('UPDATE devices SET seq_disengaged = 0').run();
    expect((await t.api.get(`/api/devicetypes/${f.typeId}/disengage`)).status).toBe(200);
    const counts = db()
      .prepare(
        'SELECT type_id = ? AS mine, sum(seq_disengaged) AS on_, count(*) AS n FROM devices GROUP BY 1 ORDER BY 1',
      )
      .all(f.typeId) as { mine: number; on_: number; n: number }[];
    expect(counts[0]?.on_).toBe(0);
    expect(counts[1]?.on_).toBe(counts[1]?.n);
  });
});

describe('callbacks', () => {
  const list = async (typeId = f.typeId) =>
    CallbackList.parse((await t.api.get(`/api/devicetypes/${typeId}/callbacks`)).json);
  const all = (l: CallbackList) => [...l.data, ...l.service, ...l.error];

  it('creates callbacks and answers their ids in body order', async () => {
    const body = [
      {
        channel: 'URL',
        callbackType: 0,
        callbackSubtype: 2,
        url: 'http://127.0.0.1:9/cb',
        httpMethod: 'GET',
      },
      {
        channel: 'EMAIL',
        callbackType: 2,
        subject: 'down',
        recipient: 'ops@example.com',
        message: '{device}',
      },
    ];
    const res = await t.api.post(`/api/devicetypes/${f.typeId}/callbacks/new`, body);
    expect(res.status).toBe(200);
    const ids = res.json as string[];
    expect(ids).toHaveLength(2);
    const listed = await list();
    expect(listed.data.find((c) => c.id === ids[0])).toMatchObject({
      channel: 'URL',
      urlPattern: 'http://127.0.0.1:9/cb',
    });
    expect(listed.error.find((c) => c.id === ids[1])).toMatchObject({ channel: 'EMAIL', subject: 'down' });
  });

  it.each([
    [
      [{ channel: 'URL', callbackType: 0, callbackSubtype: 0, url: 'http://x.example/', httpMethod: 'GET' }],
      '0.callbackSubtype',
    ],
    [[{ channel: 'FAX', callbackType: 0 }], '0.channel'],
    [[{ channel: 'EMAIL', callbackType: 2, subject: 's', recipient: 'nobody', message: 'm' }], '0.recipient'],
    [[], 'body'],
  ])('refuses definitions %j with a 400 naming %s, creating none', async (body, field) => {
    const before = all(await list()).length;
    expect400(await t.api.post(`/api/devicetypes/${f.typeId}/callbacks/new`, body), field);
    expect(all(await list()).length).toBe(before);
  });

  it('enables and disables a callback; enabled is required', async () => {
    const id = f.callbackIds[0];
    const path = `/api/devicetypes/${f.typeId}/callbacks/${id}/enable`;
    expect((await t.api.post(`${path}?enabled=false`)).status).toBe(200);
    expect(all(await list()).find((c) => c.id === id)?.enabled).toBe(false);
    expect((await t.api.post(`${path}?enabled=true`)).status).toBe(200);
    expect(all(await list()).find((c) => c.id === id)?.enabled).toBe(true);
    expect400(await t.api.post(path), 'enabled');
    expect400(await t.api.post(`${path}?enabled=maybe`), 'enabled');
  });

  it('selects one downlink callback; only a BIDIR one', async () => {
    const path = (id: string) => `/api/devicetypes/${f.bidirTypeId}/callbacks/${id}/downlink`;
    expect((await t.api.post(path(f.bidirCallbackId))).status).toBe(200);
    const hooks = all(await list(f.bidirTypeId)).filter((c) => c.downlinkHook);
    expect(hooks.map((c) => c.id)).toEqual([f.bidirCallbackId]);
    const other = all(await list(f.bidirTypeId)).find((c) => c.callbackType !== 0 || c.callbackSubtype !== 3);
    if (other !== undefined) expect400(await t.api.post(path(other.id)), 'callbackId');
  });

  it('deletes a callback; 404 for a callback of another type or already deleted', async () => {
    const id = f.callbackIds.at(-1) ?? '';
    const path = `/api/devicetypes/${f.typeId}/callbacks/${id}/delete`;
    expect((await t.api.post(path)).status).toBe(200);
    expect(all(await list()).some((c) => c.id === id)).toBe(false);
    expect((await t.api.post(path)).status).toBe(404);
    expect(
      (await t.api.post(`/api/devicetypes/${f.bidirTypeId}/callbacks/${f.callbackIds[0]}/delete`)).status,
    ).toBe(f.bidirTypeId === f.typeId ? 200 : 404);
    expect((await t.api.post(`/api/devicetypes/${'f'.repeat(24)}/callbacks/${id}/delete`)).status).toBe(404);
  });
});

describe('coverage', () => {
  const redundancy = async (query: string) =>
    CoverageRedundancy.parse((await t.api.get(`/api/coverages/redundancy?${query}`)).json).redundancy;

  it('defaults to INDOOR and orders the modes by their margin', async () => {
    const [lat, lng] = [48.85, 2.35];
    const indoor = await redundancy(`lat=${lat}&lng=${lng}&mode=INDOOR`);
    expect(await redundancy(`lat=${lat}&lng=${lng}`)).toBe(indoor);
    expect(await redundancy(`lat=${lat}&lng=${lng}&mode=OUTDOOR`)).toBeGreaterThanOrEqual(indoor);
    expect(await redundancy(`lat=${lat}&lng=${lng}&mode=UNDERGROUND`)).toBeLessThanOrEqual(indoor);
    expect(await redundancy('lat=-60&lng=-140')).toBe(0);
  });

  it.each([
    ['lat=100&lng=2', 'lat'],
    ['lat=48', 'lng'],
    ['lat=48&lng=abc', 'lng'],
    ['lat=48&lng=2&mode=SPACE', 'mode'],
  ])('refuses %s with a 400 naming %s', async (query, field) => {
    expect400(await t.api.get(`/api/coverages/redundancy?${query}`), field);
  });
});

describe('request bodies', () => {
  it('refuses a body above 2 MB with a 400 naming body', async () => {
    const huge = `{"id":"${f.typeId}","description":"${'x'.repeat(2 * 1024 * 1024)}"}`;
    expect400(await t.api.request('POST', '/api/devicetypes/edit', { rawBody: huge }), 'body');
  });
});

describe('groups and users: bad parameters', () => {
  it.each([
    ['/api/users', 'groupId'],
    ['/api/users?groupId=abc', 'groupId'],
    ['/api/groups/xyz', 'id'],
    ['/api/groups?parentId=12', 'parentId'],
    ['/api/groups?limit=ten', 'limit'],
    ['/api/devices/0B59/messages?limit=-1', 'limit'],
    ['/api/devicetypes?contractInfoId=nope', 'contractInfoId'],
  ])('%s is a 400 naming %s', async (path, field) => {
    expect400(await t.api.get(path), field);
  });
});
