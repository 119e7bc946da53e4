import type { SimMessage, SimReception } from '../../world/types.ts';
import { customDataParameters } from './custom-data.ts';
import type { Parameters } from './types.ts';

/** What a DATA callback knows about an uplink (domain-notes, "Callback template variables"). */
export interface UplinkContext {
  message: SimMessage;
  deviceTypeId: string;
  /** Average SNR of the device's last 25 messages, this one included. */
  avgSnr: number;
  /** BIDIR only: the device waits for a downlink answer. */
  ack: boolean;
  longPolling: boolean;
}

/** What an ERROR callback knows about a status event. */
export interface EventContext {
  device: string;
  deviceTypeId: string;
  /** Milliseconds, as status events count time. */
  timeMs: number;
  info: string;
  severity: 'ERROR' | 'WARN';
}

const BIDIR = 3;

/** The station that heard the message best gives station, rssi, lat and lng. */
function bestReception(rinfos: readonly SimReception[]): SimReception | undefined {
  return rinfos.reduce<SimReception | undefined>(
    (best, r) => (best === undefined || r.rssi > best.rssi ? r : best),
    undefined,
  );
}

/** DATA UPLINK variables, plus ack and longPolling for BIDIR, plus customData#x from the callback's payloadConfig. */
export function uplinkParameters(ctx: UplinkContext, subtype: number, payloadConfig?: string): Parameters {
  const { message } = ctx;
  const best = bestReception(message.rinfos);
  const params: Parameters = {
    time: message.time,
    device: message.device,
    deviceTypeId: ctx.deviceTypeId,
    data: message.data,
    seqNumber: message.seqNumber,
    snr: message.snr,
    avgSnr: round2(ctx.avgSnr),
    duplicate: message.duplicate ?? false,
  };
  if (best !== undefined) {
    Object.assign(params, { rssi: best.rssi, station: best.tap, lat: best.lat, lng: best.lng });
  }
  if (subtype === BIDIR) Object.assign(params, { ack: ctx.ack, longPolling: ctx.longPolling });
  if (payloadConfig) Object.assign(params, customDataParameters(payloadConfig, message.data));
  return params;
}

/** ERROR callback variables: time in seconds like every other callback `{time}`. */
export function eventParameters(ctx: EventContext): Parameters {
  return {
    device: ctx.device,
    time: Math.floor(ctx.timeMs / 1000),
    info: ctx.info,
    severity: ctx.severity,
  };
}

/** Radio values render with two decimals, as the reference's examples show (`snr=10.50`). */
const TWO_DECIMALS = new Set(['snr', 'avgSnr', 'rssi']);

export function templateValues(params: Parameters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'number' && TWO_DECIMALS.has(key) ? value.toFixed(2) : String(value);
  }
  return out;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
