import { afterEach, describe, expect, it } from 'vitest';
import { type Receiver, refusedPort, startReceiver } from './delivery/test-receiver.ts';
import { fixedRng, fixedSource, fixtureDb, fixtureLive, T0, TYPE_ID } from './test-fixture.ts';

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

type Row = Record<string, unknown>;

describe('live traffic on clock ticks', () => {
  it('devices send on schedule: messages, last, sequence numbers (wrapping at 4096) and averages', async () => {
    const { db } = fixtureDb();
    const live = fixtureLive(db);
    const result = await live.advance(3600_000);
    expect(result.now).toBe(T0 + 3600_000);
    const rows = db
      .prepare('SELECT device_id, time, seq_number FROM messages ORDER BY device_id, time')
      .all() as Row[];
    const a1 = rows.filter((r) => r.device_id === '00A1');
    // About one message every 600 s (0.5 to 1.5 intervals apart) over an hour.
    expect(a1.length).toBeGreaterThanOrEqual(4);
    expect(a1.length).toBeLessThanOrEqual(12);
    expect(a1.map((r) => r.seq_number).slice(0, 2)).toEqual([0, 1]);
    expect(result.messages).toBe(rows.length);
    const device = db
      .prepare('SELECT last, seq_number, average_snr, state FROM devices WHERE id = ?')
      .get('00A1') as Row;
    expect(device.last).toBe(a1.at(-1)?.time);
    expect(device.seq_number).toBe(a1.at(-1)?.seq_number);
    expect(device.average_snr).toBeGreaterThanOrEqual(10);
    expect(device.state).toBe(0);
    for (const r of rows) {
      expect(r.time as number).toBeGreaterThan(T0 / 1000);
      expect(r.time as number).toBeLessThanOrEqual(T0 / 1000 + 3600);
    }
  });

  it('a device whose messages cannot be made is left out, once, and the others go on', async () => {
    const { db } = fixtureDb();
    const left: string[] = [];
    const source = {
      ...fixedSource,
      next: (...args: Parameters<typeof fixedSource.next>) => {
        if (args[0].id === '00A1') throw new Error('unknown device type');
        return fixedSource.next(...args);
      },
    };
    const live = fixtureLive(db, { source, onDeviceError: (id) => left.push(id) });
    await live.advance(3600_000);
    await live.advance(3600_000);
    expect(left).toEqual(['00A1']);
    expect(db.prepare('SELECT DISTINCT device_id FROM messages').pluck().all()).toEqual(['00B2']);
  });

  it('off-contract and disabled devices do not send on schedule, and keep their state when forced', async () => {
    const { db } = fixtureDb();
    db.prepare('UPDATE devices SET state = ? WHERE id = ?').run(2, '00A1');
    db.prepare('UPDATE devices SET state = ? WHERE id = ?').run(3, '00B2');
    const live = fixtureLive(db);
    await live.advance(3600_000);
    expect(db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(0);
    await live.emitNow('00B2');
    expect(db.prepare('SELECT count(*) FROM messages').pluck().get()).toBe(1);
    expect(db.prepare('SELECT state FROM devices ORDER BY id').pluck().all()).toEqual([2, 3]);
  });

  it('delivers a URL callback per message and records cbStatus', async () => {
    receiver = await startReceiver();
    const { db, addCallback } = fixtureDb();
    addCallback({
      id: 'cb-post',
      httpMethod: 'POST',
      urlPattern: `${receiver.base}/up?id={device}`,
      contentType: 'application/json',
      bodyTemplate: '{"seq":{seqNumber},"data":"{data}","type":"{deviceTypeId}"}',
    });
    addCallback({ id: 'cb-off', urlPattern: `${receiver.base}/never`, enabled: false });
    const live = fixtureLive(db);
    await live.advance(1200_000);
    const messages = db
      .prepare('SELECT id, device_id, seq_number, cb_status FROM messages ORDER BY id')
      .all() as Row[];
    expect(receiver.received.length).toBe(messages.length);
    expect(receiver.received.every((r) => !r.url.startsWith('/never'))).toBe(true);
    const first = messages[0]!;
    const req = receiver.received.find((r) => r.url === `/up?id=${first.device_id}`)!;
    expect(JSON.parse(req.body)).toMatchObject({ type: TYPE_ID });
    expect(JSON.parse(first.cb_status as string)).toEqual([
      expect.objectContaining({ status: 200, info: 'OK', cbDef: `[POST] ${receiver.base}/up?id={device}` }),
    ]);
    expect(db.prepare('SELECT count(*) FROM callback_errors').pluck().get()).toBe(0);
    expect(db.prepare('SELECT dead FROM callbacks WHERE id = ?').pluck().get('cb-post')).toBe(0);
  });

  it('a refused port is recorded as a 600 callback error, and the callback marked dead', async () => {
    const port = await refusedPort();
    const { db, addCallback } = fixtureDb();
    addCallback({ id: 'cb-dead', urlPattern: `http://127.0.0.1:${port}/cb?d={device}&s={seqNumber}` });
    const live = fixtureLive(db);
    const emitted = await live.emitNow('00a1');
    expect(emitted?.cbStatus[0]).toMatchObject({ status: 600 });
    const error = db.prepare('SELECT * FROM callback_errors').get() as Row;
    expect(error).toMatchObject({
      device_id: '00A1',
      type_id: TYPE_ID,
      group_id: 'sub',
      callback_id: 'cb-dead',
      status: 600,
    });
    expect(error.message).toMatch(/^Connection refused/);
    expect(JSON.parse(error.callback as string)).toEqual({
      url: `http://127.0.0.1:${port}/cb?d=00A1&s=0`,
      method: 'GET',
    });
    expect(JSON.parse(error.parameters as string)).toMatchObject({ device: '00A1', seqNumber: 0 });
    expect(db.prepare('SELECT dead FROM callbacks WHERE id = ?').pluck().get('cb-dead')).toBe(1);
  });

  it('a non-local callback host is a 600 failure unless allowed', async () => {
    const { db, addCallback } = fixtureDb();
    addCallback({ id: 'cb-remote', urlPattern: 'http://myserver.com/sigfox/callback' });
    const live = fixtureLive(db);
    const emitted = await live.emitNow('00A1');
    expect(emitted?.cbStatus[0]).toMatchObject({
      status: 600,
      info: 'delivery to non-local hosts is disabled',
    });
  });

  it('BATCH_URL sends the lines of one tick in one request', async () => {
    receiver = await startReceiver();
    const { db, addCallback } = fixtureDb();
    addCallback({
      id: 'cb-batch',
      channel: 'BATCH_URL',
      urlPattern: `${receiver.base}/batch`,
      linePattern: '{device};{seqNumber}',
    });
    const live = fixtureLive(db);
    const { messages } = await live.advance(1800_000);
    expect(messages).toBeGreaterThan(2);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.body.split('\n')).toHaveLength(messages);
  });

  it('EMAIL callbacks land in the outbox', async () => {
    const { db, addCallback } = fixtureDb();
    addCallback({
      id: 'cb-mail',
      channel: 'EMAIL',
      recipient: 'ops@example.com',
      subject: '{device}',
      message: '{data}',
    });
    const live = fixtureLive(db);
    await live.emitNow('00B2', { data: 'cafe' });
    expect(live.outbox()).toEqual([
      {
        callbackId: 'cb-mail',
        kind: 'email',
        recipient: 'ops@example.com',
        subject: '00B2',
        message: 'cafe',
        time: T0,
      },
    ]);
  });
});

describe('status events', () => {
  it('a silenced device raises one ERROR event after its keepAlive, goes KO, and ERROR callbacks run', async () => {
    receiver = await startReceiver();
    const { db, addCallback } = fixtureDb({ keepAlive: 1800 });
    addCallback({
      id: 'cb-err',
      callbackType: 2,
      callbackSubtype: 0,
      urlPattern: `${receiver.base}/err?d={device}&sev={severity}&info={info}`,
    });
    const live = fixtureLive(db);
    expect(live.silence('00A1')).toBe(true);
    expect(live.silence('FFFF')).toBe(false);
    await live.advance(1700_000);
    expect(db.prepare('SELECT count(*) FROM status_events').pluck().get()).toBe(0);
    await live.advance(200_000);
    await live.advance(3600_000);
    const events = db.prepare('SELECT * FROM status_events').all() as Row[];
    expect(events).toHaveLength(1);
    const last = Math.floor(T0 / 1000) - 60;
    expect(events[0]).toMatchObject({
      severity: 'ERROR',
      device_id: '00A1',
      type_id: TYPE_ID,
      time: (last + 1800) * 1000,
    });
    expect(events[0]?.message).toBe(
      `No message received since ${new Date(last * 1000).toISOString().slice(0, 19).replace('T', ' ')}`,
    );
    expect(db.prepare('SELECT state FROM devices WHERE id = ?').pluck().get('00A1')).toBe(1);
    expect(db.prepare('SELECT state FROM devices WHERE id = ?').pluck().get('00B2')).toBe(0);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.url).toMatch(
      /^\/err\?d=00A1&sev=ERROR&info=No%20message%20received%20since/,
    );
    expect(JSON.parse(events[0]?.callbacks as string)).toEqual([
      { url: `${receiver.base}${receiver.received[0]?.url}`, status: 200, info: 'OK' },
    ]);

    live.resume('00A1');
    await live.advance(600_000);
    expect(db.prepare('SELECT state FROM devices WHERE id = ?').pluck().get('00A1')).toBe(0);
  });

  it('network issues raise WARN events naming active devices, which go to state 4', async () => {
    const { db } = fixtureDb();
    const live = fixtureLive(db, { rng: fixedRng(true), networkIssuesPerDay: 1 });
    await live.advance(60_000);
    const event = db.prepare("SELECT * FROM status_events WHERE severity = 'WARN'").get() as Row;
    expect(JSON.parse(event.device_ids as string)).toEqual(['00A1', '00B2']);
    expect(event.time).toBe(T0 + 60_000);
    expect(db.prepare('SELECT count(*) FROM status_event_devices').pluck().get()).toBe(2);
    expect(db.prepare('SELECT state FROM devices WHERE id = ?').pluck().get('00B2')).toBe(4);
  });
});
