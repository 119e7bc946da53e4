import { renderTemplate } from '@sfc/payload';
import type {
  SimCallback,
  SimCallbackError,
  SimDeviceType,
  SimEventCallback,
  SimMessage,
  SimStatusEvent,
} from './types.ts';

type Params = Record<string, string | number | boolean>;

/** Whether a callback's delivery at `timeSec` fails, and how. */
export function failureAt(
  callback: SimCallback,
  timeSec: number,
): { status: number; message: string } | undefined {
  if (!callback.enabled || !callback.failure) return undefined;
  for (const [from, to] of callback.failure.windows) {
    if (timeSec >= from && timeSec < to) return callback.failure;
  }
  return undefined;
}

/** The error record of a failed DATA delivery (reference, "Messages not sent this month"). */
export function callbackError(
  callback: SimCallback,
  type: SimDeviceType,
  message: SimMessage,
  failure: { status: number; message: string },
): SimCallbackError {
  const best = message.rinfos[0];
  const parameters: Params = {
    time: message.time,
    device: message.device,
    deviceTypeId: type.id,
    data: message.data,
    seqNumber: message.seqNumber,
    snr: message.snr,
    duplicate: false,
  };
  if (best) {
    parameters.station = best.tap;
    parameters.rssi = best.rssi;
    parameters.lat = best.lat;
    parameters.lng = best.lng;
  }
  const error: SimCallbackError = {
    device: message.device,
    deviceType: type.id,
    time: message.time,
    data: message.data,
    snr: message.snr,
    status: failure.status,
    message: failure.message,
    callback: {},
    parameters,
    callbackId: callback.id,
  };
  if (callback.channel === 'EMAIL') {
    error.callback = {
      subject: renderTemplate(callback.subject ?? '', parameters),
      message: renderTemplate(callback.message ?? '', parameters),
    };
    return error;
  }
  const method = callback.httpMethod ?? 'POST';
  const target: SimCallbackError['callback'] = {
    url: renderTemplate(callback.urlPattern ?? '', parameters),
    method,
  };
  if (callback.headers) {
    target.headers = Object.fromEntries(
      Object.entries(callback.headers).map(([name, value]) => [name, renderTemplate(value, parameters)]),
    );
  }
  if (method !== 'GET') {
    const template =
      callback.channel === 'BATCH_URL' ? (callback.linePattern ?? '') : (callback.bodyTemplate ?? '');
    target.body = renderTemplate(template, parameters);
    target.contentType = callback.contentType ?? 'application/x-www-form-urlencoded';
  }
  error.callback = target;
  return error;
}

/** ERROR callbacks fired for a status event, with their outcome (reference, "Error status events"). */
export function eventCallbacks(
  callbacks: readonly SimCallback[],
  event: SimStatusEvent,
  device: string,
): SimEventCallback[] {
  const timeSec = Math.floor(event.time / 1000);
  const params: Params = {
    device,
    time: timeSec,
    info: event.message,
    severity: event.severity,
    deviceTypeId: event.deviceTypeId,
  };
  const out: SimEventCallback[] = [];
  for (const cb of callbacks) {
    if (!cb.enabled) continue;
    const failed = failureAt(cb, timeSec);
    if (cb.channel === 'EMAIL') {
      out.push({
        subject: renderTemplate(cb.subject ?? '', params),
        message: renderTemplate(cb.message ?? '', params),
        status: failed ? 600 : 200,
      });
    } else {
      const delivery: SimEventCallback = {
        url: renderTemplate(cb.urlPattern ?? '', params),
        status: failed?.status ?? 200,
      };
      if (failed) delivery.info = failed.message;
      out.push(delivery);
    }
  }
  return out;
}
