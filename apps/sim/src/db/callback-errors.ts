import type { CallbackError } from '@sfc/api';
import type { Db } from './open.ts';
import type { TimeWindow } from './paged.ts';
import { selectTimePage } from './paged.ts';

export interface CallbackErrorRow {
  id: number;
  device_id: string;
  type_id: string;
  time: number;
  data: string;
  snr: number;
  status: number;
  message: string;
  callback: string;
  parameters: string;
}

/** A message whose callback failed (reference, Messages not sent this month); time in seconds. */
export function toCallbackError(r: CallbackErrorRow): CallbackError {
  return {
    device: r.device_id,
    deviceType: r.type_id,
    time: r.time,
    data: r.data,
    snr: Math.round(r.snr * 100) / 100,
    status: r.status,
    message: r.message,
    callback: JSON.parse(r.callback) as CallbackError['callback'],
    parameters: JSON.parse(r.parameters) as CallbackError['parameters'],
  };
}

/** One filter: a device, a device type, a set of groups, or none (everything). */
export type CallbackErrorFilter =
  | { device: string }
  | { deviceType: string }
  | { groups: readonly string[] }
  | { all: true };

const COLUMNS =
  'SELECT id, device_id, type_id, time, data, snr, status, message, callback, parameters FROM callback_errors';

type ErrorTuple = [number, string, string, number, string, number, number, string, string, string];

/** Rows are read as arrays and shaped here (see devices.ts, rowOf). */
const rowOf = (t: ErrorTuple): CallbackErrorRow => ({
  id: t[0],
  device_id: t[1],
  type_id: t[2],
  time: t[3],
  data: t[4],
  snr: t[5],
  status: t[6],
  message: t[7],
  callback: t[8],
  parameters: t[9],
});

export function callbackErrors(db: Db, filter: CallbackErrorFilter, w: TimeWindow): CallbackErrorRow[] {
  let where: string[] = [];
  let args: unknown[] = [];
  if ('device' in filter) [where, args] = [['device_id = ?'], [filter.device]];
  else if ('deviceType' in filter) [where, args] = [['type_id = ?'], [filter.deviceType]];
  else if ('groups' in filter) {
    where = [`group_id IN (${filter.groups.map(() => '?').join(', ')})`];
    args = [...filter.groups];
  }
  return selectTimePage(db, { from: COLUMNS, where, args, time: 'time', id: 'id' }, w, rowOf);
}
