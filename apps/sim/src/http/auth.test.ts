import { ApiErrorBody, CallbackErrorPage, DeviceTypeList, GroupPage, UserPage } from '@sfc/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from './testing/samples.ts';
import { fixtureOf } from './testing/samples.ts';
import type { TestClient, TestServer } from './testing/server.ts';
import { startTestServer, TEST_NOW } from './testing/server.ts';

let t: TestServer;
let f: Fixture;
/** Credentials of a child group (one with sub-groups of its own), and what it may and may not see. */
let child: TestClient;
let inside: Set<string>;
let outsideType: string;
let outsideDevice: string;
let insideType: string;
let insideDevice: string;

const rows = <T>(sql: string, ...args: unknown[]): T[] => t.sim.db.prepare(sql).all(...args) as T[];

beforeAll(async () => {
  t = await startTestServer();
  f = fixtureOf(t.sim.db, TEST_NOW);
  child = t.as(t.sim.credentialsFor(f.groupId));
  inside = new Set(
    rows<{ id: string }>(
      'SELECT id FROM groups WHERE id = ? OR path LIKE ?',
      f.groupId,
      `%${f.groupId}%`,
    ).map((g) => g.id),
  );
  const types = rows<{ id: string; group_id: string }>('SELECT id, group_id FROM device_types ORDER BY id');
  const outside = types.find((x) => !inside.has(x.group_id));
  const within = types.find((x) => inside.has(x.group_id));
  if (outside === undefined || within === undefined)
    throw new Error('test world: need types inside and outside');
  outsideType = outside.id;
  insideType = within.id;
  outsideDevice =
    rows<{ id: string }>('SELECT id FROM devices WHERE type_id = ? LIMIT 1', outsideType)[0]?.id ?? '';
  insideDevice =
    rows<{ id: string }>('SELECT id FROM devices WHERE type_id = ? LIMIT 1', insideType)[0]?.id ?? '';
});
afterAll(() => t.close());

const expectError = (res: { status: number; json: unknown }, status: number) => {
  expect(res.status).toBe(status);
  expect(ApiErrorBody.safeParse(res.json).success).toBe(true);
};

describe('authentication (HTTP Basic)', () => {
  it.each([
    ['no header', undefined],
    ['another scheme', 'Bearer abc'],
    ['no colon', `Basic ${Buffer.from('loginonly').toString('base64')}`],
    ['unknown login', `Basic ${Buffer.from('nobody:secret').toString('base64')}`],
  ])('answers 401 with WWW-Authenticate for %s', async (_, header) => {
    const res = await fetch(`${t.url}/api/devicetypes`, {
      headers: header === undefined ? {} : { authorization: header },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Basic realm="Sigfox API"');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(ApiErrorBody.safeParse(await res.json()).success).toBe(true);
  });

  it('answers 401 for a right login with a wrong password', async () => {
    const { login, password } = t.sim.credentials;
    expectError(await t.as({ login, password: `${password}x` }).get('/api/devicetypes'), 401);
    expectError(await t.as({ login, password: password.slice(0, -1) }).get('/api/devicetypes'), 401);
    expect((await t.as({ login, password }).get('/api/devicetypes')).status).toBe(200);
  });

  it('regenerating credentials stops the old ones at once', async () => {
    const old = t.sim.credentialsFor(f.groupId);
    expect((await t.as(old).get('/api/groups')).status).toBe(200);
    const fresh = t.sim.regenerateCredentials(f.groupId);
    expect(fresh.login).not.toBe(old.login);
    expectError(await t.as(old).get('/api/groups'), 401);
    expect((await t.as(fresh).get('/api/groups')).status).toBe(200);
    expect(t.sim.credentialsFor(f.groupId)).toEqual(fresh);
    child = t.as(fresh);
  });
});

describe('scoping: credentials see their group subtree only', () => {
  it('lists the children of its own group, and of a parentId inside the subtree', async () => {
    const res = await child.get('/api/groups?limit=100');
    const page = GroupPage.parse(res.json);
    const expected = rows<{ id: string }>('SELECT id FROM groups WHERE parent_id = ? ORDER BY id', f.groupId);
    expect(page.data.map((g) => g.id)).toEqual(expected.map((g) => g.id));
    expect(page.data.length).toBeGreaterThan(0);
    expectError(await child.get(`/api/groups?parentId=${f.rootId}`), 403);
    expectError(await child.get(`/api/groups?parentId=${'0'.repeat(24)}`), 404);
  });

  it('reads groups of the subtree, 403 outside, 404 unknown', async () => {
    expect((await child.get(`/api/groups/${f.groupId}`)).status).toBe(200);
    expectError(await child.get(`/api/groups/${f.rootId}`), 403);
    expectError(await child.get(`/api/groups/${'a'.repeat(24)}`), 404);
  });

  it('lists its own device types, and its subtree with includeSubGroups', async () => {
    const own = DeviceTypeList.parse((await child.get('/api/devicetypes')).json).data;
    expect(own.every((x) => x.group === f.groupId)).toBe(true);
    const all = DeviceTypeList.parse((await child.get('/api/devicetypes?includeSubGroups=true')).json).data;
    const expected = rows<{ id: string; group_id: string }>('SELECT id, group_id FROM device_types').filter(
      (x) => inside.has(x.group_id),
    );
    expect(all.map((x) => x.id).sort()).toEqual(expected.map((x) => x.id).sort());
    expect(all.some((x) => x.id === outsideType)).toBe(false);
  });

  it.each([
    ['device type', (id: string) => `/api/devicetypes/${id}`],
    ['device list', (id: string) => `/api/devicetypes/${id}/devices`],
    ['type messages', (id: string) => `/api/devicetypes/${id}/messages`],
    ['callback list', (id: string) => `/api/devicetypes/${id}/callbacks`],
    ['error events', (id: string) => `/api/devicetypes/${id}/status/error`],
    ['disengage', (id: string) => `/api/devicetypes/${id}/disengage`],
  ])('%s: 200 inside, 403 outside, 404 unknown', async (_, path) => {
    expect((await child.get(path(insideType))).status).toBe(200);
    expectError(await child.get(path(outsideType)), 403);
    expectError(await child.get(path('b'.repeat(24))), 404);
  });

  it.each([
    ['device', (id: string) => `/api/devices/${id}`],
    ['messages', (id: string) => `/api/devices/${id}/messages`],
    ['locations', (id: string) => `/api/devices/${id}/locations`],
    ['token state', (id: string) => `/api/devices/${id}/token-state`],
    ['consumptions', (id: string) => `/api/devices/${id}/consumptions/2026`],
  ])('%s: 200 inside, 403 outside, 404 unknown', async (_, path) => {
    expect((await child.get(path(insideDevice))).status).toBe(200);
    expectError(await child.get(path(outsideDevice)), 403);
    expectError(await child.get(path('FEDCBA98')), 404);
  });

  it('refuses mutations outside the subtree and changes nothing', async () => {
    const before = t.sim.db.prepare('SELECT name FROM device_types WHERE id = ?').get(outsideType);
    expectError(await child.post('/api/devicetypes/edit', { id: outsideType, name: 'taken over' }), 403);
    expectError(
      await child.post(`/api/devicetypes/${outsideType}/callbacks/new`, [
        { channel: 'EMAIL', callbackType: 2, subject: 's', recipient: 'a@b.example', message: 'm' },
      ]),
      403,
    );
    expect(t.sim.db.prepare('SELECT name FROM device_types WHERE id = ?').get(outsideType)).toEqual(before);
  });

  it('lists callback errors of the subtree only, and refuses filters outside it', async () => {
    const page = CallbackErrorPage.parse(
      (await child.get('/api/callbacks/messages/error?since=0&limit=100000')).json,
    );
    const types = new Set(
      rows<{ id: string; group_id: string }>('SELECT id, group_id FROM device_types')
        .filter((x) => inside.has(x.group_id))
        .map((x) => x.id),
    );
    const expected = rows<{ n: number }>(
      `SELECT count(*) AS n FROM callback_errors WHERE type_id IN (${[...types].map(() => '?').join(',')})`,
      ...types,
    )[0]?.n;
    expect(page.data.length).toBe(expected);
    expect(page.data.every((e) => types.has(e.deviceType))).toBe(true);
    expectError(await child.get(`/api/callbacks/messages/error?groupId=${f.rootId}`), 403);
    expectError(await child.get(`/api/callbacks/messages/error?deviceTypeId=${outsideType}`), 403);
    expectError(await child.get(`/api/callbacks/messages/error?hexId=${outsideDevice}`), 403);
    expect((await child.get(`/api/callbacks/messages/error?deviceTypeId=${insideType}`)).status).toBe(200);
  });

  it('lists users of a group in the subtree, with roles inside the subtree only', async () => {
    expectError(await child.get(`/api/users?groupId=${f.rootId}`), 403);
    const page = UserPage.parse((await child.get(`/api/users?groupId=${f.groupId}`)).json);
    expect(page.data.length).toBeGreaterThan(0);
    for (const user of page.data) {
      for (const role of user.userRoles) expect(inside.has(role.group.id)).toBe(true);
    }
    expectError(await child.get(`/api/devicetypes/geolocs-config?groupId=${f.rootId}`), 403);
  });
});
