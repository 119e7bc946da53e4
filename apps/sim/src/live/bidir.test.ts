import { afterEach, describe, expect, it } from 'vitest';
import { type Answer, type Receiver, startReceiver } from './delivery/test-receiver.ts';
import { fixtureDb, fixtureLive } from './test-fixture.ts';

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function bidirSetup(answer: Answer, options: { downlinkHook?: boolean; downlinkMode?: 0 | 1 } = {}) {
  receiver = await startReceiver(() => answer);
  const { db, addCallback } = fixtureDb({
    downlinkMode: options.downlinkMode ?? 1,
    downlinkData: 'deadbeefcafebabe',
  });
  addCallback({
    id: 'cb-bidir',
    callbackSubtype: 3,
    downlinkHook: options.downlinkHook ?? true,
    urlPattern: `${receiver.base}/bidir?d={device}&ack={ack}&lp={longPolling}`,
  });
  return { db, live: fixtureLive(db), base: receiver.base };
}

const downlinkOf = (db: ReturnType<typeof fixtureDb>['db']) =>
  db.prepare('SELECT downlink FROM messages').pluck().get();

describe('BIDIR callbacks', () => {
  it('honour the downlink answer of the downlink hook when the device asked for one', async () => {
    const { db, live } = await bidirSetup({
      status: 200,
      body: '{"00A1":{"downlinkData":"0011223344556677"}}',
    });
    const emitted = await live.emitNow('00A1', { ack: true });
    expect(receiver?.received[0]?.url).toBe('/bidir?d=00A1&ack=true&lp=false');
    expect(emitted?.message.downlink).toBe(true);
    expect(emitted?.cbStatus[0]?.info).toBe('OK - downlink data 0011223344556677');
    expect(downlinkOf(db)).toBe(1);
  });

  it('a 204 answer means no downlink', async () => {
    const { db, live } = await bidirSetup({ status: 204 });
    const emitted = await live.emitNow('00A1', { ack: true });
    expect(emitted?.cbStatus[0]).toMatchObject({ status: 204 });
    expect(downlinkOf(db)).toBe(0);
  });

  it('an invalid answer sends no downlink and says why', async () => {
    const { db, live } = await bidirSetup({ status: 200, body: '{"00A1":{"downlinkData":"00"}}' });
    const emitted = await live.emitNow('00A1', { ack: true });
    expect(emitted?.cbStatus[0]?.info).toMatch(/no downlink: downlinkData must be 16 hexadecimal digits/);
    expect(downlinkOf(db)).toBe(0);
  });

  it('the answer is ignored without an ack, or from a callback that is not the downlink hook', async () => {
    const answer = { status: 200, body: '{"00A1":{"downlinkData":"0011223344556677"}}' };
    const first = await bidirSetup(answer);
    await first.live.emitNow('00A1', { ack: false });
    expect(downlinkOf(first.db)).toBe(0);
    await receiver?.close();
    const second = await bidirSetup(answer, { downlinkHook: false });
    await second.live.emitNow('00A1', { ack: true });
    expect(downlinkOf(second.db)).toBe(0);
  });

  it('direct downlink mode answers from the device type, whatever the callback says', async () => {
    const { db, live } = await bidirSetup({ status: 204 }, { downlinkMode: 0 });
    await live.emitNow('00A1', { ack: true });
    expect(downlinkOf(db)).toBe(1);
  });
});
