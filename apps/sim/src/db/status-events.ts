import type { ErrorEvent, EventCallback, WarnEvent } from '@sfc/api';
import type { Db } from './open.ts';
import type { TimeWindow } from './paged.ts';
import { selectTimePage } from './paged.ts';

export type Severity = 'ERROR' | 'WARN';

export interface StatusEventRow {
  id: number;
  severity: Severity;
  type_id: string;
  device_id: string | null;
  device_ids: string | null;
  time: number;
  message: string;
  callbacks: string | null;
}

const COLUMNS = 'e.id, e.severity, e.type_id, e.device_id, e.device_ids, e.time, e.message, e.callbacks';

type EventTuple = [number, Severity, string, string | null, string | null, number, string, string | null];

/** Rows are read as arrays and shaped here (see devices.ts, rowOf). */
const rowOf = (t: EventTuple): StatusEventRow => ({
  id: t[0],
  severity: t[1],
  type_id: t[2],
  device_id: t[3],
  device_ids: t[4],
  time: t[5],
  message: t[6],
  callbacks: t[7],
});

const callbacksOf = (r: StatusEventRow): EventCallback[] | undefined =>
  r.callbacks === null ? undefined : (JSON.parse(r.callbacks) as EventCallback[]);

/** A communication-down event (reference, Error status events); time in milliseconds. */
export function toErrorEvent(r: StatusEventRow): ErrorEvent {
  return {
    deviceId: r.device_id ?? '',
    severity: 'ERROR',
    time: r.time,
    message: r.message,
    deviceTypeId: r.type_id,
    callbacks: callbacksOf(r),
  };
}

/** A network-issue event naming a list of devices (reference, Warning status events). */
export function toWarnEvent(r: StatusEventRow): WarnEvent {
  return {
    deviceIds: r.device_ids === null ? [] : (JSON.parse(r.device_ids) as string[]),
    severity: 'WARN',
    time: r.time,
    message: r.message,
    deviceTypeId: r.type_id,
    callbacks: callbacksOf(r),
  };
}

export function deviceTypeEvents(
  db: Db,
  typeId: string,
  severity: Severity,
  w: TimeWindow,
): StatusEventRow[] {
  return selectTimePage(
    db,
    {
      from: `SELECT ${COLUMNS} FROM status_events e`,
      where: ['e.type_id = ?', 'e.severity = ?'],
      args: [typeId, severity],
      time: 'e.time',
      id: 'e.id',
    },
    w,
    rowOf,
  );
}

/** Events naming the device, through the per-device index table (WARN events name several). */
export function deviceEvents(db: Db, deviceId: string, severity: Severity, w: TimeWindow): StatusEventRow[] {
  return selectTimePage(
    db,
    {
      from: `SELECT ${COLUMNS} FROM status_event_devices d JOIN status_events e ON e.id = d.event_id`,
      where: ['d.device_id = ?', 'd.severity = ?'],
      args: [deviceId, severity],
      time: 'd.time',
      id: 'd.event_id',
    },
    w,
    rowOf,
  );
}
