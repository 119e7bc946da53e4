import type { Device, DeviceState, TokenType } from '@sfc/api';
import type { Db } from './open.ts';
import { stmt } from './stmt.ts';

export interface DeviceRow {
  id: string;
  num: number;
  type_id: string;
  name: string;
  last: number;
  average_snr: number | null;
  average_rssi: number | null;
  state: DeviceState;
  lat: number | null;
  lng: number | null;
  computed_lat: number | null;
  computed_lng: number | null;
  computed_radius: number | null;
  activation_time: number | null;
  pac: string;
  token_type: TokenType | null;
  contract_id: string | null;
  token_end: number | null;
  free_messages: number | null;
  prevent_renewal: number;
}

const COLUMNS = `id, num, type_id, name, last, average_snr, average_rssi, state, lat, lng, computed_lat, computed_lng,
  computed_radius, activation_time, pac, token_type, contract_id, token_end, free_messages, prevent_renewal`;

type DeviceTuple = [
  string,
  number,
  string,
  string,
  number,
  number | null,
  number | null,
  DeviceState,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  string,
  TokenType | null,
  string | null,
  number | null,
  number | null,
  number,
];

/**
 * Rows are read as arrays (`raw`) and given their shape here: a page of 100 devices is
 * 2,000 values, and building fixed-shape objects in JS costs about half of what the
 * driver's per-row objects do (bench/api.bench.ts).
 */
const rowOf = (t: DeviceTuple): DeviceRow => ({
  id: t[0],
  num: t[1],
  type_id: t[2],
  name: t[3],
  last: t[4],
  average_snr: t[5],
  average_rssi: t[6],
  state: t[7],
  lat: t[8],
  lng: t[9],
  computed_lat: t[10],
  computed_lng: t[11],
  computed_radius: t[12],
  activation_time: t[13],
  pac: t[14],
  token_type: t[15],
  contract_id: t[16],
  token_end: t[17],
  free_messages: t[18],
  prevent_renewal: t[19],
});

/** Averages without a finite value (no reception yet) are omitted, never sent as null. */
const round3 = (v: number | null): number | undefined =>
  v === null || !Number.isFinite(v) ? undefined : Math.round(v * 1000) / 1000;

/**
 * A device as the API shows it (reference, Device information). Token fields exist
 * only with a token; averageSignal is the deprecated alias of averageSnr.
 */
export function toDevice(r: DeviceRow): Device {
  const location =
    r.computed_lat === null || r.computed_lng === null
      ? undefined
      : { lat: r.computed_lat, lng: r.computed_lng, radius: r.computed_radius ?? 0 };
  return {
    id: r.id,
    name: r.name,
    type: r.type_id,
    last: r.last,
    averageSignal: round3(r.average_snr),
    averageSnr: round3(r.average_snr),
    averageRssi: round3(r.average_rssi),
    state: r.state,
    lat: r.lat ?? undefined,
    lng: r.lng ?? undefined,
    computedLocation: location,
    activationTime: r.activation_time ?? undefined,
    pac: r.pac,
    tokenType: r.token_type ?? undefined,
    contractId: r.contract_id ?? undefined,
    freeMessages: r.token_type === 'FREE' ? (r.free_messages ?? undefined) : undefined,
    tokenEnd: r.token_type === 'CONTRACT' ? (r.token_end ?? undefined) : undefined,
    preventRenewal: r.prevent_renewal === 1,
  };
}

/** Device ids are 32-bit numbers written in hex: "0c031" and "C031" are one device. */
export const deviceNum = (id: string): number => Number.parseInt(id, 16);

export function findDevice(db: Db, id: string): DeviceRow | undefined {
  const tuple = stmt(db, `SELECT ${COLUMNS} FROM devices WHERE num = ?`).raw(true).get(deviceNum(id)) as
    | DeviceTuple
    | undefined;
  return tuple === undefined ? undefined : rowOf(tuple);
}

/**
 * SNR classes of the device list filter (reference, Devices for a given device type):
 * 1: 0-10 dB, 2: 10-13 dB, 3: 13-20 dB, 4: above 20 dB. Lower bounds inclusive.
 */
const SNR_CLASSES: Record<number, string> = {
  1: 'average_snr < 10',
  2: 'average_snr >= 10 AND average_snr < 13',
  3: 'average_snr >= 13 AND average_snr < 20',
  4: 'average_snr >= 20',
};

export interface DeviceListWindow {
  snr?: number;
  afterNum?: number;
  offset: number;
  fetch: number;
}

/** Devices of a type in id order, after `afterNum` (the cursor). */
export function devicesOfType(db: Db, typeId: string, w: DeviceListWindow): DeviceRow[] {
  const snr = w.snr === undefined ? '' : ` AND ${SNR_CLASSES[w.snr] ?? '0'}`;
  const tuples = stmt(
    db,
    `SELECT ${COLUMNS} FROM devices WHERE type_id = ? AND num > ?${snr} ORDER BY num LIMIT ? OFFSET ?`,
  )
    .raw(true)
    .all(typeId, w.afterNum ?? -1, w.fetch, w.offset) as DeviceTuple[];
  return tuples.map(rowOf);
}
