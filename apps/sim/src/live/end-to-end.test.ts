import { afterEach, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../index.ts';
import { type Receiver, refusedPort, startReceiver } from './delivery/test-receiver.ts';

/**
 * End to end: through the public API of a real simulator, a callback
 * pointed at a local receiver is delivered with the rendered URL, headers and body;
 * one pointed at a refused port shows up in /api/callbacks/messages/error with 600.
 */
const NOW = Date.UTC(2026, 10, 25, 12);

let sim: Simulator | undefined;
let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  sim?.close();
  receiver = undefined;
  sim = undefined;
});

async function setup() {
  sim = createSimulator({ db: ':memory:', seed: 7, devices: 20, historyDays: 1, now: NOW });
  // createSimulator wires live traffic on its clock (one Live per clock).
  const { live } = sim;
  const { login, password } = sim.credentials;
  const authorization = `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
  const s = sim;
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await s.fetch(
      new Request(`http://sim.local${path}`, {
        method,
        headers: { authorization, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    return { status: res.status, json: (await res.json().catch(() => null)) as unknown };
  };
  // Any seeded device will do; its device type is visible to the root credentials.
  const found = sim.db.prepare('SELECT id, type_id AS type FROM devices ORDER BY num LIMIT 1').get() as
    | { id: string; type: string }
    | undefined;
  if (!found) throw new Error('the seeded world has no device');
  return { live, api, device: found };
}

describe('callbacks through the simulator API', () => {
  it('delivers to a local receiver and lists a refused port as a 600 callback error', async () => {
    receiver = await startReceiver();
    const port = await refusedPort();
    const { live, api, device } = await setup();
    const created = await api('POST', `/api/devicetypes/${device.type}/callbacks/new`, [
      {
        channel: 'URL',
        callbackType: 0,
        callbackSubtype: 2,
        url: `${receiver.base}/sigfox?id={device}&seq={seqNumber}`,
        httpMethod: 'POST',
        headers: { 'x-device': '{device}' },
        contentType: 'application/json',
        bodyTemplate: '{"device":"{device}","data":"{data}","time":{time}}',
      },
      {
        channel: 'URL',
        callbackType: 0,
        callbackSubtype: 2,
        url: `http://127.0.0.1:${port}/down?id={device}`,
        httpMethod: 'GET',
      },
    ]);
    expect(created.status).toBe(200);

    const emitted = await live.emitNow(device.id, { data: 'c0ffee' });
    expect(emitted).toBeDefined();
    const seq = emitted?.message.seqNumber;
    const [req] = receiver.received;
    expect(req?.url).toBe(`/sigfox?id=${device.id}&seq=${seq}`);
    expect(req?.headers['x-device']).toBe(device.id);
    expect(JSON.parse(req?.body ?? '')).toEqual({
      device: device.id,
      data: 'c0ffee',
      time: Math.floor(NOW / 1000),
    });

    const errors = await api('GET', `/api/callbacks/messages/error?hexId=${device.id}&since=${NOW - 1000}`);
    expect(errors.status).toBe(200);
    // Seeded history has callback errors of its own, and the seeded callbacks of this device type
    // (non-local hosts) fail with 600 too: keep the one of the refused port.
    const data = (errors.json as { data: { message: string; callback: { url?: string } }[] }).data.filter(
      (e) => e.callback.url?.startsWith(`http://127.0.0.1:${port}/`),
    );
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({
      device: device.id,
      deviceType: device.type,
      time: Math.floor(NOW / 1000),
      data: 'c0ffee',
      status: 600,
      callback: { url: `http://127.0.0.1:${port}/down?id=${device.id}`, method: 'GET' },
    });
    expect(String(data[0]?.message)).toMatch(/^Connection refused/);

    const messages = await api('GET', `/api/devices/${device.id}/messages?limit=1`);
    expect(JSON.stringify(messages.json)).toContain('"status":600');
  });

  it('clock ticks make the seeded devices send, as the API shows', async () => {
    const { live, api, device } = await setup();
    const before = sim?.db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
    const { now, messages } = await live.advance(6 * 3600_000);
    expect(now).toBe(NOW + 6 * 3600_000);
    expect(messages).toBeGreaterThan(0);
    expect(sim?.db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(before + messages);
    const listed = (await api('GET', `/api/devices/${device.id}`)).json as { last: number };
    const last = sim?.db.prepare('SELECT max(time) FROM messages WHERE device_id = ?').pluck().get(device.id);
    expect(listed.last).toBe(last);
    const fresh = sim?.db
      .prepare('SELECT count(*) FROM devices WHERE last > ?')
      .pluck()
      .get(NOW / 1000) as number;
    expect(fresh).toBeGreaterThan(0);
  });

  it('serves the control API only when enabled, to the root credentials', async () => {
    const off = createSimulator({ db: ':memory:', seed: 7, devices: 5, historyDays: 1, now: NOW });
    const basic = (c: { login: string; password: string }) =>
      `Basic ${Buffer.from(`${c.login}:${c.password}`).toString('base64')}`;
    const offRes = await off.fetch(
      new Request('http://sim.local/_sim/clock', { headers: { authorization: basic(off.credentials) } }),
    );
    expect(offRes.status).toBe(404);
    off.close();

    sim = createSimulator({
      db: ':memory:',
      seed: 7,
      devices: 5,
      historyDays: 1,
      now: NOW,
      enableControl: true,
    });
    const s = sim;
    const get = (authorization?: string) =>
      s.fetch(
        new Request(
          'http://sim.local/_sim/clock',
          authorization === undefined ? {} : { headers: { authorization } },
        ),
      );
    expect((await get()).status).toBe(401);
    const ok = await get(basic(s.credentials));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ now: NOW });
  });
});
