import { createWorld, history } from '../world/index.ts';
import type { World, WorldOptions } from '../world/index.ts';
import type { Db } from './open.ts';
import { readMeta, writeMeta } from './open.ts';
import { insertHistory, summariseDevices } from './seed-history.ts';
import { insertWorld } from './seed-world.ts';

export type SeedPhase = 'world' | 'history' | 'summary';
export interface SeedProgress {
  phase: SeedPhase;
  /** History records written so far (history phase). */
  records?: number;
}

export interface SeedResult {
  seeded: boolean;
  options: WorldOptions;
  /** The world the database holds (rebuilt from the stored options when reused: it is deterministic). */
  world: World;
  /** History records written (0 when the database was reused). */
  records: number;
}

/**
 * Seeds an empty database from the world; reuses a seeded one as it is, so data
 * and mutations survive restarts. The world options are stored in `meta`, and a
 * reused database answers with the options it was seeded with.
 */
export function seedIfEmpty(db: Db, wanted: WorldOptions, progress?: (p: SeedProgress) => void): SeedResult {
  const stored = readMeta(db, 'world');
  if (stored !== undefined) {
    const options = JSON.parse(stored) as WorldOptions;
    return { seeded: false, options, world: createWorld(options), records: 0 };
  }
  const partial = db.prepare('SELECT 1 FROM groups LIMIT 1').get();
  if (partial !== undefined)
    throw new Error('the database holds an interrupted seed; remove the file and start again');
  progress?.({ phase: 'world' });
  const world = createWorld(wanted);
  insertWorld(db, world);
  const records = insertHistory(db, world, history(world, wanted), (done) =>
    progress?.({ phase: 'history', records: done }),
  );
  progress?.({ phase: 'summary' });
  summariseDevices(db);
  // Written last: a seed interrupted half-way leaves no marker, and the next start says so.
  writeMeta(db, 'world', JSON.stringify(wanted));
  return { seeded: true, options: wanted, world, records };
}
