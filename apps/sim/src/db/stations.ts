import type { BaseStation } from '../world/index.ts';
import type { Db } from './open.ts';

/** The base stations, for coverage answers (read once: the API cannot change them). */
export function loadStations(db: Db): BaseStation[] {
  const rows = db
    .prepare('SELECT id, lat, lng, height_m, environment FROM base_stations ORDER BY id')
    .all() as {
    id: string;
    lat: number;
    lng: number;
    height_m: number;
    environment: BaseStation['environment'];
  }[];
  return rows.map((r) => ({
    id: r.id,
    lat: r.lat,
    lng: r.lng,
    heightM: r.height_m,
    environment: r.environment,
  }));
}
