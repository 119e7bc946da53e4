import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SimMessage } from '../../world/types.ts';
import { deliverBatch, deliverOne } from './deliver.ts';
import { callbackErrorOf } from './records.ts';
import { type Receiver, refusedPort, startReceiver } from './test-receiver.ts';
import type { Limiter } from './limit.ts';
import type { CallbackDefinition, DeliveryOptions } from './types.ts';
import { uplinkParameters } from './variables.ts';

const options: DeliveryOptions = { allowNonLocalDelivery: false, timeoutMs: 10_000 };
const NOW_MS = 1_700_000_000_000;

// 0x17 = 23, then "A B&" as 4 chars: characters that form encoding must escape.
const message: SimMessage = {
  device: '00A1',
  time: 1_700_000_000,
  seqNumber: 42,
  data: '1741204226',
  snr: 12.5,
  rinfos: [
    { tap: '001F', lat: 43, lng: 1, snr: 12.5, rssi: -120.25 },
    { tap: '0020', lat: 44, lng: 2, snr: 8, rssi: -130 },
  ],
  linkQuality: 'GOOD',
};

function callback(over: Partial<CallbackDefinition>): CallbackDefinition {
  return {
    id: 'cb1',
    channel: 'URL',
    callbackType: 0,
    callbackSubtype: 2,
    enabled: true,
    sendDuplicate: false,
    downlinkHook: false,
    payloadConfig: 'temp::uint:8 label::char:4',
    ...over,
  };
}

function params(cb: CallbackDefinition) {
  return uplinkParameters(
    { message, deviceTypeId: 'dt1', avgSnr: 10.123, ack: false, longPolling: false },
    cb.callbackSubtype,
    cb.payloadConfig,
  );
}

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  vi.restoreAllMocks();
});

describe('deliverOne over HTTP', () => {
  it('GET renders URL-encoded variables and header values', async () => {
    receiver = await startReceiver();
    const cb = callback({
      httpMethod: 'GET',
      urlPattern: `${receiver.base}/cb?id={device}&t={time}&seq={seqNumber}&snr={snr}&st={station}&rssi={rssi}&temp={customData#temp}&label={customData#label}&avg={avgSnr}`,
      headers: { 'x-device': '{device}', 'x-label': '{customData#label}' },
    });
    const outcome = await deliverOne(cb, params(cb), NOW_MS, options);
    expect(outcome.cbStatus).toEqual({
      status: 200,
      info: 'OK',
      cbDef: `[GET] ${cb.urlPattern}`,
      time: 1_700_000_000,
    });
    const [req] = receiver.received;
    expect(req?.method).toBe('GET');
    expect(req?.url).toBe(
      '/cb?id=00A1&t=1700000000&seq=42&snr=12.50&st=001F&rssi=-120.25&temp=23&label=A%20B%26&avg=10.12',
    );
    expect(req?.headers['x-device']).toBe('00A1');
    expect(req?.headers['x-label']).toBe('A B&');
    expect(req?.body).toBe('');
  });

  it('POST form body is url-encoded, with the default content type', async () => {
    receiver = await startReceiver();
    const cb = callback({
      httpMethod: 'POST',
      urlPattern: `${receiver.base}/form`,
      bodyTemplate: 'device={device}&label={customData#label}',
    });
    await deliverOne(cb, params(cb), NOW_MS, options);
    const [req] = receiver.received;
    expect(req?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req?.body).toBe('device=00A1&label=A%20B%26');
    expect(new URLSearchParams(req?.body).get('label')).toBe('A B&');
  });

  it('PUT JSON body substitutes values as text', async () => {
    receiver = await startReceiver();
    const cb = callback({
      httpMethod: 'PUT',
      urlPattern: `${receiver.base}/json/{device}`,
      contentType: 'application/json',
      bodyTemplate:
        '{"device":"{device}","temp":{customData#temp},"label":"{customData#label}","dup":{duplicate}}',
    });
    await deliverOne(cb, params(cb), NOW_MS, options);
    const [req] = receiver.received;
    expect(req?.method).toBe('PUT');
    expect(req?.url).toBe('/json/00A1');
    expect(req?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req?.body ?? '')).toEqual({ device: '00A1', temp: 23, label: 'A B&', dup: false });
  });

  it('POST text/plain body', async () => {
    receiver = await startReceiver();
    const cb = callback({
      httpMethod: 'POST',
      urlPattern: `${receiver.base}/t`,
      contentType: 'text/plain',
      bodyTemplate: '{device} {data} {lat},{lng}',
    });
    await deliverOne(cb, params(cb), NOW_MS, options);
    expect(receiver.received[0]?.body).toBe('00A1 1741204226 43,1');
    expect(receiver.received[0]?.headers['content-type']).toBe('text/plain');
  });

  it('records a non-2xx answer as a callback error with the rendered request', async () => {
    receiver = await startReceiver(() => ({ status: 404 }));
    const cb = callback({
      httpMethod: 'POST',
      urlPattern: `${receiver.base}/x?d={device}`,
      bodyTemplate: 'd={device}',
      headers: { a: '{seqNumber}' },
    });
    const p = params(cb);
    const outcome = await deliverOne(cb, p, NOW_MS, options);
    expect(callbackErrorOf(outcome, message, 'dt1', p)).toMatchObject({
      device: '00A1',
      deviceType: 'dt1',
      time: message.time,
      data: message.data,
      snr: 12.5,
      status: 404,
      message: 'Not Found',
      callback: { url: `${receiver.base}/x?d=00A1`, method: 'POST', body: 'd=00A1', headers: { a: '42' } },
      parameters: { device: '00A1', 'customData#temp': 23 },
    });
  });

  it('never follows a redirect', async () => {
    let calls = 0;
    receiver = await startReceiver(() => {
      calls += 1;
      return { status: 302, headers: { location: '/elsewhere' } };
    });
    const cb = callback({ urlPattern: `${receiver.base}/r` });
    const outcome = await deliverOne(cb, params(cb), NOW_MS, options);
    expect(outcome.cbStatus.status).toBe(302);
    expect(calls).toBe(1);
  });
});

describe('deliverOne failures', () => {
  it('a refused port is a transport failure: 600 and a callback error', async () => {
    const port = await refusedPort();
    const cb = callback({ urlPattern: `http://127.0.0.1:${port}/cb?d={device}` });
    const p = params(cb);
    const outcome = await deliverOne(cb, p, NOW_MS, options);
    expect(outcome.cbStatus.status).toBe(600);
    expect(outcome.cbStatus.info).toMatch(/^Connection refused/);
    expect(callbackErrorOf(outcome, message, 'dt1', p)?.callback.url).toBe(
      `http://127.0.0.1:${port}/cb?d=00A1`,
    );
  });

  it('a non-local host is refused with 600 and no connection attempt', async () => {
    // Rejects if ever called, so even a broken guard never reaches the network.
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in tests'));
    const cb = callback({ urlPattern: 'http://myserver.com/sigfox/callback?d={device}' });
    const outcome = await deliverOne(cb, params(cb), NOW_MS, options);
    expect(outcome.cbStatus).toMatchObject({ status: 600, info: 'delivery to non-local hosts is disabled' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('a receiver that never answers times out with 600', async () => {
    receiver = await startReceiver(() => 'hang');
    const cb = callback({ urlPattern: `${receiver.base}/slow` });
    const outcome = await deliverOne(cb, params(cb), NOW_MS, { ...options, timeoutMs: 50 });
    // Whether the request reached the receiver before the deadline depends on load; the outcome does not.
    expect(outcome.cbStatus).toMatchObject({ status: 600, info: 'Timeout after 0.05 s' });
  });
});

describe('delivery slots', () => {
  it('HTTP exchanges take a slot of the limiter; a refused non-local host does not', async () => {
    receiver = await startReceiver();
    const slots: string[] = [];
    const limit: Limiter = (task) => {
      slots.push('taken');
      return task();
    };
    const local = callback({ urlPattern: `${receiver.base}/x` });
    await deliverOne(local, params(local), NOW_MS, { ...options, limit });
    const remote = callback({ urlPattern: 'http://myserver.com/x' });
    await deliverOne(remote, params(remote), NOW_MS, { ...options, limit });
    expect(slots).toEqual(['taken']);
    expect(receiver.received).toHaveLength(1);
  });
});

describe('other channels', () => {
  it('EMAIL lands in the outbox as sent', async () => {
    const cb = callback({
      channel: 'EMAIL',
      recipient: 'ops@example.com',
      subject: '{device} - {time}',
      message: '{data} - {station}',
    });
    const outcome = await deliverOne(cb, params(cb), NOW_MS, options);
    expect(outcome.cbStatus).toMatchObject({ status: 200, cbDef: '[EMAIL] ops@example.com' });
    expect(outcome.email).toEqual({
      callbackId: 'cb1',
      kind: 'email',
      recipient: 'ops@example.com',
      subject: '00A1 - 1700000000',
      message: '1741204226 - 001F',
      time: NOW_MS,
    });
  });

  it('BATCH_URL posts one line per message in one request', async () => {
    receiver = await startReceiver();
    const cb = callback({
      channel: 'BATCH_URL',
      urlPattern: `${receiver.base}/batch`,
      linePattern: '{device};{seqNumber};',
    });
    const p = params(cb);
    const outcome = await deliverBatch(cb, [p, { ...p, seqNumber: 43 }], NOW_MS, options);
    expect(outcome.cbStatus).toMatchObject({ status: 200, cbDef: `[POST] ${receiver.base}/batch` });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]?.body).toBe('00A1;42;\n00A1;43;');
  });

  it('keeps the answer body of a downlink hook', async () => {
    receiver = await startReceiver(() => ({
      status: 200,
      body: '{"00A1":{"downlinkData":"0011223344556677"}}',
    }));
    const cb = callback({
      callbackSubtype: 3,
      downlinkHook: true,
      urlPattern: `${receiver.base}/bidir?ack={ack}`,
    });
    const outcome = await deliverOne(cb, params(cb), NOW_MS, options, true);
    expect(receiver.received[0]?.url).toBe('/bidir?ack=false');
    expect(outcome.responseBody).toBe('{"00A1":{"downlinkData":"0011223344556677"}}');
  });
});
