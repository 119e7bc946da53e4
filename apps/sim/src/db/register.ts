import type { Db } from './open.ts';
import { deviceNum } from './devices.ts';
import { stmt } from './stmt.ts';

export interface Registration {
  id: string;
  pk: string;
}

/** Mean uplink interval of a registered device: about 140 a day at most (domain-notes.md, Radio facts). */
const REGISTERED_INTERVAL_SEC = 3600;

/** Ids among `ids` that already exist, as the caller wrote them. */
export function existingDevices(db: Db, ids: readonly string[]): string[] {
  const find = stmt(db, 'SELECT 1 FROM devices WHERE num = ?');
  return ids.filter((id) => find.get(deviceNum(id)) !== undefined);
}

/**
 * Registers devices in a type, named prefix + id, in one transaction (reference,
 * curl "Post request"). They have no token and have never sent a message; their home
 * position (for live traffic) is the mean position of the type's devices.
 */
export function registerDevices(
  db: Db,
  typeId: string,
  prefix: string,
  entries: readonly Registration[],
): void {
  const home = stmt(
    db,
    'SELECT avg(home_lat) AS lat, avg(home_lng) AS lng FROM devices WHERE type_id = ?',
  ).get(typeId) as { lat: number | null; lng: number | null };
  const fallback = stmt(db, 'SELECT avg(lat) AS lat, avg(lng) AS lng FROM base_stations').get() as {
    lat: number | null;
    lng: number | null;
  };
  const insert = stmt(
    db,
    `INSERT INTO devices (id, num, type_id, name, pac, message_interval_sec, home_lat, home_lng)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const e of entries) {
      const id = e.id.toUpperCase();
      insert.run(
        id,
        deviceNum(id),
        typeId,
        `${prefix}${id}`,
        e.pk.toUpperCase(),
        REGISTERED_INTERVAL_SEC,
        home.lat ?? fallback.lat ?? 0,
        home.lng ?? fallback.lng ?? 0,
      );
    }
  })();
}
