import { createWorld, history } from '../world/index.ts';
import type { World, WorldOptions } from '../world/index.ts';
import type { Db } from './open.ts';
import { readMeta, writeMeta } from './open.ts';
import { SCHEMA_SQL } from './schema.ts';
import { insertHistory, summariseDevices } from './seed-history.ts';
import { insertWorld } from './seed-world.ts';

const HISTORY_INDEXES = [
  'messages_by_device',
  'messages_by_type',
  'status_events_by_type',
  'callback_errors_by_time',
  'callback_errors_by_device',
  'callback_errors_by_type',
  'callback_errors_by_group',
];

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
  // A seed is all or nothing (an interrupted one is refused above), so it skips the
  // journal and fsyncs; the database goes back to WAL once seeded.
  const journal = String(db.pragma('journal_mode', { simple: true }));
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  const world = createWorld(wanted);
  insertWorld(db, world);
  // History indexes are built once at the end: sorting a million keys beats a
  // million random B-tree inserts. SCHEMA_SQL recreates them (IF NOT EXISTS).
  for (const index of HISTORY_INDEXES) db.exec(`DROP INDEX IF EXISTS ${index}`);
  const records = insertHistory(db, world, history(world, wanted), (done) =>
    progress?.({ phase: 'history', records: done }),
  );
  progress?.({ phase: 'summary' });
  db.exec(SCHEMA_SQL);
  summariseDevices(db);
  // Written last: a seed interrupted half-way leaves no marker, and the next start says so.
  writeMeta(db, 'world', JSON.stringify(wanted));
  db.pragma(`journal_mode = ${journal}`);
  db.pragma('synchronous = NORMAL');
  return { seeded: true, options: wanted, world, records };
}
