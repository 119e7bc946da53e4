import type Database from 'better-sqlite3';
import type { Db } from './open.ts';

const cache = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement for this SQL, prepared once per database (paged queries build a few SQL variants). */
export function stmt(db: Db, sql: string): Database.Statement {
  let byDb = cache.get(db);
  if (byDb === undefined) {
    byDb = new Map();
    cache.set(db, byDb);
  }
  let s = byDb.get(sql);
  if (s === undefined) {
    s = db.prepare(sql);
    byDb.set(sql, s);
  }
  return s;
}
