import type { DeviceState } from '@sfc/api';
import type { FleetMapView } from '../../app/paths.ts';
import type { FleetDevice } from './fleet-device.ts';

/** Average SNR bands, as the devices endpoint's `snr` filter numbers them (reference: Devices for a given device type). */
export const SNR_BANDS = [
  { band: 1, label: 'Under 10 dB' },
  { band: 2, label: '10 to 13 dB' },
  { band: 3, label: '13 to 20 dB' },
  { band: 4, label: 'Over 20 dB' },
] as const;
export type SnrBand = (typeof SNR_BANDS)[number]['band'];

/** "Silent for more than" choices, in hours. */
export const SILENT_HOURS = [1, 6, 24, 72, 168, 720] as const;

/** The fleet map's filters, read from the URL; absent means "any". */
export interface FleetFilter {
  type?: string;
  state?: DeviceState;
  /** Silent (no message) for more than this many hours, or never heard. */
  silentHours?: number;
  snr?: SnrBand;
}

/** The band of an average SNR in dB; undefined when the device has none yet. */
export function snrBand(snr: number | undefined): SnrBand | undefined {
  if (snr === undefined) return undefined;
  if (snr < 10) return 1;
  if (snr < 13) return 2;
  if (snr < 20) return 3;
  return 4;
}

function wholeIn(text: string | undefined, allowed: readonly number[]): number | undefined {
  if (text === undefined || !/^\d{1,4}$/.test(text)) return undefined;
  const n = Number(text);
  return allowed.includes(n) ? n : undefined;
}

/** The filters of a URL; values it cannot read are ignored (a stale link still opens). */
export function readFilter(view: FleetMapView): FleetFilter {
  const filter: FleetFilter = {};
  if (view.type) filter.type = view.type;
  const state = wholeIn(view.state, [0, 1, 2, 3, 4]);
  if (state !== undefined) filter.state = state as DeviceState;
  const silent = view.silent !== undefined && /^\d{1,5}$/.test(view.silent) ? Number(view.silent) : 0;
  if (silent > 0) filter.silentHours = silent;
  const snr = wholeIn(view.snr, [1, 2, 3, 4]);
  if (snr !== undefined) filter.snr = snr as SnrBand;
  return filter;
}

/** Whether a device passes the filters at `nowSec` (epoch seconds). */
export function matches(device: FleetDevice, filter: FleetFilter, nowSec: number): boolean {
  if (filter.type !== undefined && device.type !== filter.type) return false;
  if (filter.state !== undefined && device.state !== filter.state) return false;
  if (filter.silentHours !== undefined && device.last > nowSec - filter.silentHours * 3600) return false;
  if (filter.snr !== undefined && snrBand(device.averageSnr) !== filter.snr) return false;
  return true;
}

/** Indices of the devices that pass, in list order. */
export function filterIndices(
  devices: readonly FleetDevice[],
  filter: FleetFilter,
  nowSec: number,
): Int32Array {
  const out = new Int32Array(devices.length);
  let n = 0;
  devices.forEach((device, i) => {
    if (matches(device, filter, nowSec)) out[n++] = i;
  });
  return out.slice(0, n);
}
