import type { Db } from '../db/open.ts';
import { insertCallbackError, insertMessage, insertStatusEvent } from '../db/writes.ts';
import {
  callbackFromRow,
  type CallbackRow,
  deviceFromRow,
  type DeviceRow,
  type MessageRow,
  messageFromRow,
} from './sqlite-rows.ts';
import type { Schedulable } from './schedule.ts';
import type { LiveDevice, LiveDeviceType, LiveStore, OverdueDevice } from './store.ts';

/** LiveStore over the simulator database (apps/sim/src/db/schema.ts). */
export function createSqliteStore(db: Db): LiveStore {
  const q = {
    // Only what the schedule needs, raw: this runs over every device on every tick.
    sending: db
      .prepare(
        `SELECT id, last, message_interval_sec, silent_since FROM devices
         WHERE state NOT IN (2, 3) AND (silent_since IS NULL OR silent_since > last)
           AND (last = 0 OR last + message_interval_sec * ? <= ?)`,
      )
      .raw(),
    // Device ids are 32-bit values: "0C031" and "C031" name one device (schema: devices.num).
    device: db.prepare('SELECT * FROM devices WHERE num = ?'),
    deviceType: db.prepare(
      'SELECT id, group_id, keep_alive, downlink_mode, downlink_data_string FROM device_types WHERE id = ?',
    ),
    callbacks: db.prepare('SELECT * FROM callbacks WHERE type_id = ? AND enabled = 1 ORDER BY ord'),
    recent: db.prepare(
      `SELECT device_id, time, seq_number, data, snr, link_quality, rinfos, duplicate, downlink
       FROM messages WHERE device_id = ? ORDER BY time DESC, id DESC LIMIT ?`,
    ),
    updateDevice: db.prepare(
      `UPDATE devices SET last = ?, seq_number = ?, seq_disengaged = 0, average_snr = ?, average_rssi = ?, state = ?,
         computed_lat = coalesce(?, computed_lat), computed_lng = coalesce(?, computed_lng),
         computed_radius = coalesce(?, computed_radius)
       WHERE id = ?`,
    ),
    overdue: db.prepare(
      `SELECT d.id, d.type_id, d.last, t.keep_alive FROM devices d JOIN device_types t ON t.id = d.type_id
       WHERE t.keep_alive > 0 AND d.state IN (0, 4) AND d.last > 0 AND d.last + t.keep_alive <= ?`,
    ),
    activeOfType: db
      .prepare('SELECT id FROM devices WHERE type_id = ? AND last >= ? AND state = 0 ORDER BY id LIMIT ?')
      .pluck(),
    activeTypes: db
      .prepare('SELECT DISTINCT type_id FROM devices WHERE last >= ? AND state = 0 ORDER BY type_id')
      .pluck(),
    setState: db.prepare('UPDATE devices SET state = ? WHERE id = ?'),
    silent: db.prepare('UPDATE devices SET silent_since = ? WHERE num = ?'),
    cbStatus: db.prepare('UPDATE messages SET cb_status = ? WHERE id = ?'),
    downlink: db.prepare('UPDATE messages SET downlink = 1 WHERE id = ?'),
    eventCallbacks: db.prepare('UPDATE status_events SET callbacks = ? WHERE id = ?'),
    dead: db.prepare('UPDATE callbacks SET dead = ? WHERE id = ?'),
  };

  const toLive = (row: DeviceRow): LiveDevice => ({
    device: deviceFromRow(row),
    last: row.last,
    seqNumber: row.seq_number,
  });

  return {
    transaction: (fn) => db.transaction(fn)(),
    sendingCandidates: (factor, toSec) =>
      (q.sending.all(factor, toSec) as [string, number, number, number | null][]).map(
        ([id, last, intervalSec, silentSince]): Schedulable =>
          silentSince === null ? { id, last, intervalSec } : { id, last, intervalSec, silentSince },
      ),
    device(id) {
      const row = q.device.get(deviceNum(id)) as DeviceRow | undefined;
      return row === undefined ? undefined : toLive(row);
    },
    deviceType(id): LiveDeviceType | undefined {
      const row = q.deviceType.get(id) as
        | {
            id: string;
            group_id: string;
            keep_alive: number;
            downlink_mode: number;
            downlink_data_string: string | null;
          }
        | undefined;
      if (row === undefined) return undefined;
      const type: LiveDeviceType = {
        id: row.id,
        groupId: row.group_id,
        keepAlive: row.keep_alive,
        downlinkMode: row.downlink_mode === 1 ? 1 : 0,
      };
      if (row.downlink_data_string !== null) type.downlinkDataString = row.downlink_data_string;
      return type;
    },
    enabledCallbacks: (typeId) => (q.callbacks.all(typeId) as CallbackRow[]).map(callbackFromRow),
    recentMessages: (deviceId, limit) => (q.recent.all(deviceId, limit) as MessageRow[]).map(messageFromRow),
    insertMessage: (message, typeId) => insertMessage(db, message, typeId),
    updateDevice(id, u) {
      const loc = u.computedLocation;
      q.updateDevice.run(
        u.last,
        u.seqNumber,
        u.averageSnr,
        u.averageRssi,
        u.state,
        loc?.lat ?? null,
        loc?.lng ?? null,
        loc?.radius ?? null,
        id,
      );
    },
    overdueDevices: (atSec) =>
      (q.overdue.all(atSec) as { id: string; type_id: string; last: number; keep_alive: number }[]).map(
        (r): OverdueDevice => ({ id: r.id, typeId: r.type_id, last: r.last, keepAlive: r.keep_alive }),
      ),
    activeDevicesOfType: (typeId, sinceSec, limit) => q.activeOfType.all(typeId, sinceSec, limit) as string[],
    activeDeviceTypes: (sinceSec) => q.activeTypes.all(sinceSec) as string[],
    setState(ids, state) {
      for (const id of ids) q.setState.run(state, id);
    },
    insertStatusEvent: (event) => insertStatusEvent(db, event),
    setSilentSince: (id, sinceSec) => q.silent.run(sinceSec, deviceNum(id)).changes > 0,
    setCbStatus: (messageId, statuses) => void q.cbStatus.run(JSON.stringify(statuses), messageId),
    markDownlink: (messageId) => void q.downlink.run(messageId),
    setEventCallbacks: (eventId, results) => void q.eventCallbacks.run(JSON.stringify(results), eventId),
    insertCallbackError: (error, groupId) => void insertCallbackError(db, error, groupId),
    setCallbackDead: (id, dead) => void q.dead.run(dead ? 1 : 0, id),
  };
}

/** -1 (no device) for anything that is not 1 to 8 hex digits. */
function deviceNum(id: string): number {
  return /^[0-9a-fA-F]{1,8}$/.test(id) ? Number.parseInt(id, 16) : -1;
}
