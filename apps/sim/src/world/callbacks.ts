import { objectId } from './ids.ts';
import type { CallbackFailure, Rng, SimCallback, SimDeviceType } from './types.ts';

type Window = [number, number];

interface Span {
  startSec: number;
  endSec: number;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');

/** A window of `hours` starting at fraction `at` of history. */
const windowAt = (span: Span, at: number, hours: number): Window => {
  const from = Math.floor(span.startSec + at * (span.endSec - span.startSec));
  return [from, Math.min(span.endSec, from + hours * 3600)];
};

/**
 * Callbacks of every channel (URL, BATCH_URL, EMAIL), type (DATA, SERVICE, ERROR)
 * and subtype, with templates using the documented variables (domain-notes.md,
 * "Callback template variables"). A few point at hosts that fail during given
 * windows: they produce the callback errors of history, with the status codes
 * the reference shows (600 transport failure, 404, 500).
 */
export function createCallbacks(rng: Rng, types: readonly SimDeviceType[], span: Span): SimCallback[] {
  const out: SimCallback[] = [];
  const base = (type: SimDeviceType, callbackType: 0 | 1 | 2, callbackSubtype: number) => ({
    id: objectId(rng, span.startSec - rng.int(10, 300) * 86400),
    deviceType: type.id,
    callbackType,
    callbackSubtype,
    enabled: true,
    sendDuplicate: false,
    sendSni: false,
    dead: false,
    downlinkHook: false,
  });
  for (const type of types) {
    const host = `${slug(type.name)}.customers.example`;
    const uplink: SimCallback = {
      ...base(type, 0, 2),
      channel: 'URL',
      urlPattern: `https://${host}/sigfox/uplink`,
      httpMethod: 'POST',
      headers: { Authorization: `Bearer k3y-${type.id.slice(-6)}`, 'X-Sigfox-Seq': '{seqNumber}' },
      contentType: 'application/json',
      bodyTemplate:
        '{"device":"{device}","time":{time},"data":"{data}","seq":{seqNumber},"snr":{snr},"station":"{station}","rssi":{rssi}}',
    };
    if (type.payloadConfig) uplink.payloadConfig = type.payloadConfig;
    out.push(uplink);
    out.push({
      ...base(type, 2, 0),
      channel: 'EMAIL',
      subject: 'Device {device} down',
      recipient: type.alertEmail ?? 'ops@acme-iot.example',
      message: 'Device {device}: {info} ({severity}) at {time}',
    });
    if (type.model === 'water' || type.model === 'button') {
      out.push({
        ...base(type, 2, 0),
        channel: 'URL',
        urlPattern: `https://${host}/alerts?device={device}&time={time}&severity={severity}`,
        httpMethod: 'GET',
      });
    }
    if (type.model === 'climate' || type.model === 'parking') {
      out.push({
        ...base(type, 0, 2),
        channel: 'BATCH_URL',
        urlPattern: `https://batch.${host}/ingest`,
        httpMethod: 'POST',
        linePattern: '{device};{time};{data};{snr};{station}',
      });
      out.push({
        ...base(type, 1, 0),
        channel: 'URL',
        urlPattern: `https://${host}/status?device={device}&temp={temp}&batt={batt}`,
        httpMethod: 'GET',
      });
    }
    if (type.downlinkMode === 1) {
      out.push({
        ...base(type, 0, 3),
        channel: 'URL',
        urlPattern: `https://${host}/downlink?device={device}&data={data}&ack={ack}&longPolling={longPolling}`,
        httpMethod: 'GET',
        downlinkHook: true,
      });
    }
    if (type.downlinkDataString !== undefined || type.downlinkMode === 1) {
      out.push({
        ...base(type, 1, 4),
        channel: 'URL',
        urlPattern: `https://${host}/ack?device={device}&info={infoCode}&msg={infoMessage}`,
        httpMethod: 'GET',
      });
    }
    if (type.model === 'parking') {
      out.push({
        ...base(type, 1, 5),
        channel: 'EMAIL',
        subject: 'Repeater {device}',
        recipient: 'radio@acme-iot.example',
        message: 'Battery {batt}, repeated {repeatedMsg}, unwanted {unwantedMsg}',
      });
    }
  }
  addFailures(rng, out, types, span);
  return out;
}

function addFailures(rng: Rng, callbacks: SimCallback[], types: readonly SimDeviceType[], span: Span) {
  const byType = (name: string) => types.find((t) => t.name === name)!;
  const find = (typeName: string, channel: SimCallback['channel'], callbackType: number) =>
    callbacks.find(
      (c) => c.deviceType === byType(typeName).id && c.channel === channel && c.callbackType === callbackType,
    )!;
  const fail = (cb: SimCallback, failure: CallbackFailure) => {
    cb.failure = failure;
  };
  // An ERP behind a firewall that refuses connections during two maintenance nights.
  const erp = find('Cold-chain sensor CS-1', 'URL', 0);
  erp.urlPattern = 'http://legacy-erp.lyon-warehouse.example/sigfox?id={device}&time={time}&data={data}';
  erp.httpMethod = 'GET';
  delete erp.bodyTemplate;
  delete erp.contentType;
  fail(erp, {
    status: 600,
    message: 'Connection refused: legacy-erp.lyon-warehouse.example',
    windows: [windowAt(span, 0.3, 5), windowAt(span, 0.7, 3)],
  });
  // A batch endpoint answering 500 for an afternoon.
  fail(find('Parking sensor PS-3 (AT)', 'BATCH_URL', 0), {
    status: 500,
    message: 'Internal Server Error',
    windows: [windowAt(span, 0.5 + rng.float(0, 0.1), 4)],
  });
  // An endpoint removed near the end of history: every delivery since is a 404, so the callback is dead.
  const gone = find('Panic button', 'URL', 0);
  gone.dead = true;
  fail(gone, { status: 404, message: 'Page Not Found', windows: [windowAt(span, 0.95, 1e6)] });
  // A mail relay that rejected one recipient for a while.
  fail(find('Lone worker button', 'EMAIL', 2), {
    status: 600,
    message: 'Could not send email to alerts+eu@acme-iot.example',
    windows: [windowAt(span, 0.4, 24)],
  });
  // A disabled callback, to show one in the list.
  find('Smart energy meter', 'URL', 0).enabled = false;
}
