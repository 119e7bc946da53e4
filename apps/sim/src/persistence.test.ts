import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallbackList, DeviceType } from '@sfc/api';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureOf } from './http/testing/samples.ts';
import { startTestServer, TEST_NOW } from './http/testing/server.ts';

const dir = mkdtempSync(join(tmpdir(), 'sfc-sim-persist-'));
const file = join(dir, 'sim.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('persistence across a restart on the same database file', () => {
  it('keeps every mutation and reuses the database as it is', async () => {
    const first = await startTestServer({ db: file, devices: 30, historyDays: 2 });
    expect(first.sim.seedResult.seeded).toBe(true);
    const f = fixtureOf(first.sim.db, TEST_NOW);
    const root = first.sim.credentials;
    const api = first.api;
    expect(
      (await api.post('/api/devicetypes/edit', { id: f.typeId, name: 'Persisted', keepAlive: 1800 })).status,
    ).toBe(200);
    const created = await api.post(`/api/devicetypes/${f.typeId}/callbacks/new`, [
      { channel: 'EMAIL', callbackType: 2, subject: 'kept', recipient: 'ops@example.com', message: 'x' },
    ]);
    const [callbackId] = created.json as string[];
    expect(
      (await api.post(`/api/devicetypes/${f.typeId}/callbacks/${f.callbackIds[0]}/enable?enabled=false`))
        .status,
    ).toBe(200);
    expect(
      (await api.post(`/api/devicetypes/${f.typeId}/callbacks/${f.callbackIds.at(-1)}/delete`)).status,
    ).toBe(200);
    const registration = { prefix: 'kept-', ids: [{ id: 'ABCDEF01', pk: '16b3cc86699ab4d3091a05ee' }] };
    expect((await api.post(`/api/devicetypes/${f.typeId}`, registration)).status).toBe(200);
    const downlink = `/api/devicetypes/${f.bidirTypeId}/callbacks/${f.bidirCallbackId}/downlink`;
    expect((await api.post(downlink)).status).toBe(200);
    expect((await api.get(`/api/devicetypes/${f.typeId}/disengage`)).status).toBe(200);
    const old = first.sim.credentialsFor(f.groupId);
    const fresh = first.sim.regenerateCredentials(f.groupId);
    const counts = first.sim.db
      .prepare('SELECT (SELECT count(*) FROM messages) AS m, (SELECT count(*) FROM devices) AS d')
      .get();
    await first.close();

    // Different seed and size: an existing database is reused as it is.
    const second = await startTestServer({ db: file, seed: 99, devices: 5 });
    try {
      expect(second.sim.seedResult).toMatchObject({
        seeded: false,
        records: 0,
        options: { seed: 7, devices: 30 },
      });
      expect(
        second.sim.db
          .prepare('SELECT (SELECT count(*) FROM messages) AS m, (SELECT count(*) FROM devices) AS d')
          .get(),
      ).toEqual(counts);
      expect(second.sim.credentials).toEqual(root);
      const type = DeviceType.parse((await second.api.get(`/api/devicetypes/${f.typeId}`)).json);
      expect(type).toMatchObject({ name: 'Persisted', keepAlive: 1800 });
      const list = CallbackList.parse((await second.api.get(`/api/devicetypes/${f.typeId}/callbacks`)).json);
      const all = [...list.data, ...list.service, ...list.error];
      expect(all.find((c) => c.id === callbackId)).toMatchObject({ subject: 'kept' });
      expect(all.find((c) => c.id === f.callbackIds[0])?.enabled).toBe(false);
      expect(all.some((c) => c.id === f.callbackIds.at(-1))).toBe(false);
      expect((await second.api.get('/api/devices/ABCDEF01')).json).toMatchObject({ name: 'kept-ABCDEF01' });
      const bidir = CallbackList.parse(
        (await second.api.get(`/api/devicetypes/${f.bidirTypeId}/callbacks`)).json,
      );
      expect(bidir.data.find((c) => c.id === f.bidirCallbackId)?.downlinkHook).toBe(true);
      const disengaged = second.sim.db
        .prepare('SELECT min(seq_disengaged) AS n FROM devices WHERE type_id = ?')
        .get(f.typeId) as { n: number };
      expect(disengaged.n).toBe(1);
      expect((await second.as(old).get('/api/groups')).status).toBe(401);
      expect((await second.as(fresh).get('/api/groups')).status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
