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
 * position (for live traffic) is that of an existing device of the type.
 */
export function registerDevices(
  db: Db,
  typeId: string,
  prefix: string,
  entries: readonly Registration[],
): void {
  // A mean of positions can fall in the sea (a type spread over continents): take a real
  // device's home, else a base station's, so that live traffic is heard by someone.
  const home = stmt(
    db,
    'SELECT home_lat AS lat, home_lng AS lng FROM devices WHERE type_id = ? AND home_lat IS NOT NULL ORDER BY num LIMIT 1',
  ).get(typeId) as { lat: number; lng: number } | undefined;
  const fallback = stmt(db, 'SELECT lat, lng FROM base_stations ORDER BY id LIMIT 1').get() as
    | { lat: number; lng: number }
    | undefined;
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
        home?.lat ?? fallback?.lat ?? 0,
        home?.lng ?? fallback?.lng ?? 0,
      );
    }
  })();
}
