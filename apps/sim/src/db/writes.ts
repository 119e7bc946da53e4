import type Database from 'better-sqlite3';
import type { SimCallbackError, SimMessage, SimStatusEvent } from '../world/index.ts';
import type { Db } from './open.ts';

/**
 * Inserts of the records that history and live traffic both produce. Live traffic
 * (src/live) may call these inside its own transactions; statements are prepared
 * once per database.
 */
interface WriteStatements {
  message: Database.Statement;
  event: Database.Statement;
  eventDevice: Database.Statement;
  callbackError: Database.Statement;
}

const cache = new WeakMap<Db, WriteStatements>();

function statements(db: Db): WriteStatements {
  let s = cache.get(db);
  if (s === undefined) {
    s = {
      message: db.prepare(
        `INSERT INTO messages (device_id, type_id, time, seq_number, data, snr, link_quality, computed_lat,
           computed_lng, computed_radius, rinfos, duplicate, downlink)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      event: db.prepare(
        `INSERT INTO status_events (severity, type_id, device_id, device_ids, time, message)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      eventDevice: db.prepare(
        'INSERT OR IGNORE INTO status_event_devices (device_id, severity, time, event_id) VALUES (?, ?, ?, ?)',
      ),
      callbackError: db.prepare(
        `INSERT INTO callback_errors (device_id, type_id, group_id, callback_id, time, data, snr, status, message,
           callback, parameters)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
    cache.set(db, s);
  }
  return s;
}

/** Inserts an uplink; `typeId` is the device's type at reception time. Returns the message rowid. */
export function insertMessage(db: Db, m: SimMessage, typeId: string): number {
  const loc = m.computedLocation;
  const rinfos = m.rinfos.map(({ tap, lat, lng, snr, rssi }) => ({ tap, lat, lng, snr, rssi }));
  const result = statements(db).message.run(
    m.device,
    typeId,
    m.time,
    m.seqNumber,
    m.data,
    m.snr,
    m.linkQuality,
    loc?.lat ?? null,
    loc?.lng ?? null,
    loc?.radius ?? null,
    JSON.stringify(rinfos),
    m.duplicate ? 1 : 0,
    m.downlink ? 1 : 0,
  );
  return Number(result.lastInsertRowid);
}

/** Inserts a status event and indexes it under each device it names. Returns the event rowid. */
export function insertStatusEvent(db: Db, e: SimStatusEvent): number {
  const s = statements(db);
  const { lastInsertRowid } = s.event.run(
    e.severity,
    e.deviceTypeId,
    e.deviceId ?? null,
    e.deviceIds === undefined ? null : JSON.stringify(e.deviceIds),
    e.time,
    e.message,
  );
  const devices = e.deviceIds ?? (e.deviceId === undefined ? [] : [e.deviceId]);
  for (const device of devices) s.eventDevice.run(device, e.severity, e.time, lastInsertRowid);
  return Number(lastInsertRowid);
}

/** Inserts a failed callback delivery; `groupId` is the group of the device type. */
export function insertCallbackError(db: Db, e: SimCallbackError, groupId: string): number {
  const { lastInsertRowid } = statements(db).callbackError.run(
    e.device,
    e.deviceType,
    groupId,
    e.callbackId,
    e.time,
    e.data,
    e.snr,
    e.status,
    e.message,
    JSON.stringify(e.callback),
    JSON.stringify(e.parameters),
  );
  return Number(lastInsertRowid);
}
