import { describe, expect, it } from 'vitest';
import { fixedSource, fixtureDb, fixtureLive, ROOT, SUB, T0 } from './test-fixture.ts';

const basic = (c: { login: string; password: string }) =>
  `Basic ${Buffer.from(`${c.login}:${c.password}`).toString('base64')}`;

function setup() {
  const { db, addCallback } = fixtureDb();
  const live = fixtureLive(db);
  const app = live.controlRoutes();
  const call = (method: string, path: string, body?: string, auth = basic(ROOT)) =>
    app.request(path, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body }),
    });
  return { db, live, app, call, addCallback };
}

describe('control API', () => {
  it('answers 401 without credentials, with wrong ones and with those of a sub-group', async () => {
    const { app, call } = setup();
    const none = await app.request('/_sim/clock');
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic/);
    expect(await none.json()).toEqual({
      message: 'Authentication required: HTTP Basic credentials of the root group',
    });
    expect(
      (await call('GET', '/_sim/clock', undefined, basic({ login: ROOT.login, password: 'nope' }))).status,
    ).toBe(401);
    expect((await call('GET', '/_sim/clock', undefined, basic(SUB))).status).toBe(401);
    expect((await call('POST', '/_sim/clock/advance', '{"seconds":60}', basic(SUB))).status).toBe(401);
  });

  it('reads and advances the clock; the answer comes after the tick settled', async () => {
    const { call, db } = setup();
    expect(await (await call('GET', '/_sim/clock')).json()).toEqual({ now: T0, speed: 1, running: false });
    const res = await call('POST', '/_sim/clock/advance', '{"seconds":3600}');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { now: number; messages: number };
    expect(body.now).toBe(T0 + 3_600_000);
    expect(body.messages).toBe(db.prepare('SELECT count(*) FROM messages').pluck().get());
    expect(body.messages).toBeGreaterThan(0);
  });

  it('400 names the field of a bad body', async () => {
    const { call } = setup();
    const cases: [string, string, string][] = [
      ['/_sim/clock/advance', '{}', 'seconds'],
      ['/_sim/clock/advance', '{"seconds":-1}', 'seconds'],
      ['/_sim/clock/advance', '{"seconds":"60"}', 'seconds'],
      ['/_sim/clock/advance', '{"seconds":60,"speed":2}', 'speed'],
      ['/_sim/clock/advance', 'not json', 'body'],
      ['/_sim/devices/00A1/messages', '{"data":"abc"}', 'data'],
      ['/_sim/devices/00A1/messages', '{"data":"00112233445566778899aabbcc"}', 'data'],
      ['/_sim/devices/00A1/messages', '{"ack":"yes"}', 'ack'],
    ];
    for (const [path, body, field] of cases) {
      const res = await call('POST', path, body);
      expect(res.status, `${path} ${body}`).toBe(400);
      const json = (await res.json()) as { message: string; errors: { field: string }[] };
      expect(
        json.errors.map((e) => e.field),
        `${path} ${body}`,
      ).toContain(field);
    }
    const badId = await call('POST', '/_sim/devices/not-hex/silence');
    expect(badId.status).toBe(400);
    expect(((await badId.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('id');
  });

  it('emits a message now, with or without a body, and 404 for an unknown device', async () => {
    const { call, db } = setup();
    const res = await call('POST', '/_sim/devices/a1/messages', '{"data":"CAFE","ack":false}');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      device: '00A1',
      time: T0 / 1000,
      seqNumber: 0,
      data: 'cafe',
      downlink: false,
      cbStatus: [],
    });
    expect(db.prepare('SELECT data FROM messages').pluck().all()).toEqual(['cafe']);
    expect((await call('POST', '/_sim/devices/00B2/messages')).status).toBe(200);
    expect((await call('POST', '/_sim/devices/FFFF/messages')).status).toBe(404);
  });

  it('409 when the radio model cannot make the message of the device', async () => {
    const { db } = fixtureDb();
    const source = {
      ...fixedSource,
      next: () => {
        throw new Error('unknown device type');
      },
    };
    const app = fixtureLive(db, { source }).controlRoutes();
    const res = await app.request('/_sim/devices/00A1/messages', {
      method: 'POST',
      headers: { authorization: basic(ROOT) },
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ message: 'device 00A1 cannot send: unknown device type' });
  });

  it('silences and resumes a device', async () => {
    const { call, db } = setup();
    const res = await call('POST', '/_sim/devices/00A1/silence');
    expect(await res.json()).toEqual({ id: '00A1', silent: true, now: T0 });
    expect(db.prepare('SELECT silent_since FROM devices WHERE id = ?').pluck().get('00A1')).toBe(T0 / 1000);
    await call('POST', '/_sim/clock/advance', '{"seconds":7200}');
    expect(db.prepare("SELECT count(*) FROM messages WHERE device_id = '00A1'").pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM status_events WHERE device_id = '00A1'").pluck().get()).toBe(1);
    expect((await call('POST', '/_sim/devices/00A1/resume')).status).toBe(200);
    await call('POST', '/_sim/clock/advance', '{"seconds":1200}');
    expect(
      db.prepare("SELECT count(*) FROM messages WHERE device_id = '00A1'").pluck().get(),
    ).toBeGreaterThan(0);
    expect((await call('POST', '/_sim/devices/FFFF/resume')).status).toBe(404);
  });

  it('lists the outbox of EMAIL callbacks', async () => {
    const { call, addCallback } = setup();
    addCallback({
      id: 'cb-mail',
      channel: 'EMAIL',
      recipient: 'ops@example.com',
      subject: 'msg {device}',
      message: '{data}',
    });
    await call('POST', '/_sim/devices/00A1/messages', '{"data":"01"}');
    const res = await call('GET', '/_sim/outbox');
    expect(await res.json()).toEqual({
      data: [
        {
          callbackId: 'cb-mail',
          kind: 'email',
          recipient: 'ops@example.com',
          subject: 'msg 00A1',
          message: '01',
          time: T0,
        },
      ],
    });
  });
});
