import type { CallbackStatus, LinkQuality, Location, Message, ReceptionInfo } from '@sfc/api';
import type { Db } from './open.ts';
import type { TimeWindow } from './paged.ts';
import { selectTimePage } from './paged.ts';
import { stmt } from './stmt.ts';

export interface MessageRow {
  id: number;
  device_id: string;
  time: number;
  seq_number: number;
  data: string;
  snr: number;
  link_quality: LinkQuality;
  computed_lat: number | null;
  computed_lng: number | null;
  computed_radius: number | null;
  rinfos: string;
  cb_status: string | null;
}

interface StoredReception {
  tap: string;
  lat: number;
  lng: number;
  snr: number;
}

const COLUMNS = `id, device_id, time, seq_number, data, snr, link_quality, computed_lat, computed_lng,
  computed_radius, rinfos, cb_status`;

type MessageTuple = [
  number,
  string,
  number,
  number,
  string,
  number,
  LinkQuality,
  number | null,
  number | null,
  number | null,
  string,
  string | null,
];

/** Rows of the paged lists are read as arrays and shaped here (see devices.ts, rowOf). */
const rowOf = (t: MessageTuple): MessageRow => ({
  id: t[0],
  device_id: t[1],
  time: t[2],
  seq_number: t[3],
  data: t[4],
  snr: t[5],
  link_quality: t[6],
  computed_lat: t[7],
  computed_lng: t[8],
  computed_radius: t[9],
  rinfos: t[10],
  cb_status: t[11],
});

/** v1 JSON writes SNRs as strings ("38.2") and station coordinates as integer strings (domain-notes.md). */
const snrText = (snr: number): string => snr.toFixed(2);

/**
 * A message as the API shows it (reference, Messages sent by a device). Callback
 * deliveries are kept per message and shown on the first reception, where the
 * reference's example has them.
 */
export function toMessage(r: MessageRow): Message {
  const cbStatus = r.cb_status === null ? undefined : (JSON.parse(r.cb_status) as CallbackStatus[]);
  const rinfos = (JSON.parse(r.rinfos) as StoredReception[]).map(
    (x, i): ReceptionInfo => ({
      tap: x.tap,
      snr: snrText(x.snr),
      lat: String(Math.round(x.lat)),
      lng: String(Math.round(x.lng)),
      cbStatus: i === 0 ? cbStatus : undefined,
    }),
  );
  return {
    device: r.device_id,
    time: r.time,
    data: r.data,
    snr: snrText(r.snr),
    computedLocation: locationOf(r),
    linkQuality: r.link_quality,
    seqNumber: r.seq_number,
    rinfos,
  };
}

function locationOf(r: MessageRow): Message['computedLocation'] {
  if (r.computed_lat === null || r.computed_lng === null) return undefined;
  return { lat: r.computed_lat, lng: r.computed_lng, radius: r.computed_radius ?? 0 };
}

/** A message location (reference, Messages location for one device): time in milliseconds. */
export function toLocation(r: MessageRow): Location {
  const loc = locationOf(r);
  if (loc === undefined) return { time: r.time * 1000, valid: false };
  return { time: r.time * 1000, valid: true, lat: loc.lat, lng: loc.lng, radius: loc.radius };
}

export function deviceMessages(db: Db, deviceId: string, w: TimeWindow): MessageRow[] {
  return selectTimePage(
    db,
    {
      from: `SELECT ${COLUMNS} FROM messages`,
      where: ['device_id = ?'],
      args: [deviceId],
      time: 'time',
      id: 'id',
    },
    w,
    rowOf,
  );
}

/** Includes messages of devices that have moved to another type since (reference, Messages of a device type). */
export function deviceTypeMessages(db: Db, typeId: string, w: TimeWindow): MessageRow[] {
  return selectTimePage(
    db,
    {
      from: `SELECT ${COLUMNS} FROM messages`,
      where: ['type_id = ?'],
      args: [typeId],
      time: 'time',
      id: 'id',
    },
    w,
    rowOf,
  );
}

/** Messages of a device in [since, until) seconds. */
export function countMessages(db: Db, deviceId: string, since: number): number {
  const row = stmt(db, 'SELECT count(*) AS n FROM messages WHERE device_id = ? AND time >= ?').get(
    deviceId,
    since,
  ) as {
    n: number;
  };
  return row.n;
}

export interface DayCount {
  day: number;
  frames: number;
  downlinks: number;
}

/** Uplinks and downlinks per UTC day index in [start, end) seconds. */
export function framesPerDay(db: Db, deviceId: string, start: number, end: number): DayCount[] {
  return stmt(
    db,
    `SELECT CAST((time - ?) / 86400 AS INTEGER) AS day, count(*) AS frames, sum(downlink) AS downlinks
     FROM messages WHERE device_id = ? AND time >= ? AND time < ? GROUP BY day`,
  ).all(start, deviceId, start, end) as DayCount[];
}
