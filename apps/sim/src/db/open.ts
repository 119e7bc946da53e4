import Database from 'better-sqlite3';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.ts';

export type Db = Database.Database;

/**
 * Opens (and creates if needed) the simulator database. WAL lets readers go on
 * while live traffic writes; `synchronous = NORMAL` is durable enough for a
 * simulator (a power cut may lose the last transactions, never corrupt the file).
 */
export function openDb(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') {
    db.pragma('journal_mode = WAL');
    // Pages read through a memory map: a page of 100 messages touches ~100 table pages.
    db.pragma('mmap_size = 2147483648');
  }
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  db.exec(SCHEMA_SQL);
  const version = readMeta(db, 'schemaVersion');
  if (version === undefined) writeMeta(db, 'schemaVersion', String(SCHEMA_VERSION));
  else if (Number(version) !== SCHEMA_VERSION) {
    db.close();
    throw new Error(
      `${file}: schema version ${version}, this simulator needs ${SCHEMA_VERSION}; remove the file`,
    );
  }
  return db;
}

export function readMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}
