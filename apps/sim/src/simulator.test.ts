import { MessagePage } from '@sfc/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, startTestServer, TEST_NOW } from './http/testing/server.ts';
import type { TestServer } from './http/testing/server.ts';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ enableControl: true });
});
afterAll(() => t.close());

describe('createSimulator', () => {
  it('serves the control API under /_sim only when enabled, for root credentials', async () => {
    const res = await fetch(`${t.url}/_sim/clock`, { headers: { authorization: basic(t.sim.credentials) } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ now: TEST_NOW });
    const groupId = (
      t.sim.db.prepare('SELECT id FROM groups WHERE parent_id IS NOT NULL LIMIT 1').get() as { id: string }
    ).id;
    const child = await fetch(`${t.url}/_sim/clock`, {
      headers: { authorization: basic(t.sim.credentialsFor(groupId)) },
    });
    expect(child.status).toBe(401);
    const other = await startTestServer();
    try {
      const off = await fetch(`${other.url}/_sim/clock`, {
        headers: { authorization: basic(other.sim.credentials) },
      });
      expect(off.status).toBe(404);
    } finally {
      await other.close();
    }
  });

  it('shows live traffic through the API as the clock advances', async () => {
    const messages = () =>
      t.sim.db.prepare('SELECT count(*) AS n, max(time) AS last FROM messages').get() as {
        n: number;
        last: number;
      };
    const before = messages();
    const tick = await t.sim.live.advance(3_600_000);
    expect(tick.messages).toBeGreaterThan(0);
    const after = messages();
    expect(after.n).toBe(before.n + tick.messages);
    const newest = t.sim.db
      .prepare('SELECT device_id, type_id FROM messages ORDER BY time DESC, id DESC LIMIT 1')
      .get() as {
      device_id: string;
      type_id: string;
    };
    const res = await t.api.get(`/api/devicetypes/${newest.type_id}/messages?limit=100`);
    expect(res.text).not.toContain(':null');
    const page = MessagePage.parse(res.json);
    expect(page.data[0]?.time).toBe(after.last);
    expect(page.data[0]?.time).toBeGreaterThan(TEST_NOW / 1000);
    const device = (await t.api.get(`/api/devices/${newest.device_id}`)).json as { last: number };
    expect(device.last).toBe(after.last);
  });

  it('draws credentials at random: the seed does not give them away', async () => {
    const other = await startTestServer();
    try {
      expect(other.sim.credentials.groupId).toBe(t.sim.credentials.groupId);
      expect(other.sim.credentials.login).not.toBe(t.sim.credentials.login);
      expect(other.sim.credentials.password).not.toBe(t.sim.credentials.password);
      expect(t.sim.credentials.login).toMatch(/^[0-9a-f]{24}$/);
      expect(t.sim.credentials.password).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      await other.close();
    }
  });

  it('refuses credentials for an unknown group', () => {
    expect(() => t.sim.credentialsFor('0'.repeat(24))).toThrow(/unknown group/);
    expect(() => t.sim.regenerateCredentials('0'.repeat(24))).toThrow(/unknown group/);
  });
});
