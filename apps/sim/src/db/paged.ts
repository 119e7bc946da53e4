import type { Db } from './open.ts';
import { stmt } from './stmt.ts';

/** Bounds and position of a time-ordered page, in the unit of the time column. */
export interface TimeWindow {
  /** Exclusive upper bound. */
  before?: number;
  /** Inclusive lower bound. */
  since?: number;
  /** (time, rowid) of the last record of the previous page. */
  after?: readonly [number, number];
  offset: number;
  /** Rows to fetch (the page size plus one, to know whether more follow). */
  fetch: number;
}

export interface TimeQuery {
  /** `SELECT ... FROM ...`, joins included. */
  from: string;
  where: string[];
  args: unknown[];
  /** Qualified time and rowid columns, e.g. `m.time`, `m.id`. */
  time: string;
  id: string;
}

/**
 * Most recent first, ties broken by rowid. The row-value comparison `(time, id) < (?, ?)`
 * is a range on the (filter, time, id) indexes of schema.ts, so a page costs the same
 * wherever it starts.
 */
export function selectTimePage<R, T extends unknown[]>(
  db: Db,
  q: TimeQuery,
  w: TimeWindow,
  shape: (tuple: T) => R,
): R[] {
  const where = [...q.where];
  const args = [...q.args];
  if (w.before !== undefined) {
    where.push(`${q.time} < ?`);
    args.push(w.before);
  }
  if (w.since !== undefined) {
    where.push(`${q.time} >= ?`);
    args.push(w.since);
  }
  if (w.after !== undefined) {
    where.push(`(${q.time}, ${q.id}) < (?, ?)`);
    args.push(w.after[0], w.after[1]);
  }
  const filter = where.length === 0 ? '' : ` WHERE ${where.join(' AND ')}`;
  const sql = `${q.from}${filter} ORDER BY ${q.time} DESC, ${q.id} DESC LIMIT ? OFFSET ?`;
  // Rows come as arrays, shaped by the caller: cheaper than the driver's objects (devices.ts, rowOf).
  const rows = stmt(db, sql)
    .raw(true)
    .all(...args, w.fetch, w.offset) as T[];
  return rows.map(shape);
}
