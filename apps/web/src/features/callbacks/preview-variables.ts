import type { Message } from '@sfc/api';
import { customDataVariables, decode, parse, sampleVariables, type TemplateValue } from '@sfc/payload';

export interface PreviewVariables {
  values: Record<string, TemplateValue>;
  /** The real message the values come from, when there is one. */
  message: Message | undefined;
}

/**
 * Variables to render a callback preview with: taken from a real recent message of
 * the device type where the message has them (device, time, data, station...), the
 * `{customData#x}` decoded from its data with the callback's own payload config, and
 * representative samples for the rest (rssi, battery, acknowledge codes...).
 */
export function previewVariables(
  message: Message | undefined,
  deviceTypeId: string,
  callbackType: number,
  callbackSubtype: number | undefined,
  payloadConfig: string,
): PreviewVariables {
  const parsed = payloadConfig.trim() === '' ? undefined : parse(payloadConfig);
  const config = parsed?.ok ? parsed.config : undefined;
  const values: Record<string, TemplateValue> = { ...sampleVariables(callbackType, callbackSubtype, config) };
  if (!message) return { values, message };
  const station = message.rinfos?.[0];
  const real: Record<string, TemplateValue> = {
    time: message.time,
    device: message.device,
    deviceTypeId,
    data: message.data,
    seqNumber: message.seqNumber,
    snr: station?.snr ?? message.snr,
    station: station?.tap,
    lat: station?.lat,
    lng: station?.lng,
    duplicate: false,
  };
  for (const [name, value] of Object.entries(real)) {
    if (value !== undefined && name in values) values[name] = value;
  }
  if (config && callbackType === 0)
    Object.assign(values, customDataVariables(decode(config, message.data).values));
  return { values, message };
}
