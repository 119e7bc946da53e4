import { deviceStats } from '../world/index.ts';
import type { HistoryItem, SimMessage, SimReception, World } from '../world/index.ts';
import type { Db } from './open.ts';
import { insertCallbackError, insertMessage, insertStatusEvent } from './writes.ts';

/** Rows per transaction while seeding: large enough to amortise the commit, small enough to report progress. */
const BATCH = 20_000;

export type ProgressFn = (done: number) => void;

/** Streams world history into the database in large transactions; returns the number of records written. */
export function insertHistory(
  db: Db,
  world: World,
  items: Iterable<HistoryItem>,
  progress?: ProgressFn,
): number {
  const typeOf = new Map(world.devices.map((d) => [d.id, d.type]));
  const groupOf = new Map(world.deviceTypes.map((t) => [t.id, t.group]));
  const writeBatch = db.transaction((batch: HistoryItem[]) => {
    for (const item of batch) {
      if (item.kind === 'message') {
        insertMessage(db, item.message, typeOf.get(item.message.device) ?? '');
      } else if (item.kind === 'event') {
        insertStatusEvent(db, item.event);
      } else {
        insertCallbackError(db, item.error, groupOf.get(item.error.deviceType) ?? '');
      }
    }
  });
  let batch: HistoryItem[] = [];
  let done = 0;
  for (const item of items) {
    batch.push(item);
    if (batch.length >= BATCH) {
      writeBatch(batch);
      done += batch.length;
      batch = [];
      progress?.(done);
    }
  }
  writeBatch(batch);
  done += batch.length;
  progress?.(done);
  return done;
}

interface LastMessageRow {
  time: number;
  seq_number: number;
  data: string;
  snr: number;
  link_quality: SimMessage['linkQuality'];
  rinfos: string;
  computed_lat: number | null;
  computed_lng: number | null;
  computed_radius: number | null;
}

/**
 * Derives the device columns that summarise history, per device: last, seq_number,
 * average_snr/rssi (world's deviceStats over the last 25 messages) and the computed
 * location of the last message.
 */
export function summariseDevices(db: Db): void {
  const ids = db.prepare('SELECT id FROM devices').pluck().all() as string[];
  const last25 = db.prepare(
    `SELECT time, seq_number, data, snr, link_quality, rinfos, computed_lat, computed_lng, computed_radius
     FROM messages WHERE device_id = ? ORDER BY time DESC, id DESC LIMIT 25`,
  );
  const update = db.prepare(
    `UPDATE devices SET last = ?, seq_number = ?, average_snr = ?, average_rssi = ?,
       computed_lat = ?, computed_lng = ?, computed_radius = ? WHERE id = ?`,
  );
  db.transaction(() => {
    for (const id of ids) {
      const rows = last25.all(id) as LastMessageRow[];
      const latest = rows[0];
      if (latest === undefined) continue;
      const messages: SimMessage[] = rows.map((r) => ({
        device: id,
        time: r.time,
        seqNumber: r.seq_number,
        data: r.data,
        snr: r.snr,
        linkQuality: r.link_quality,
        rinfos: JSON.parse(r.rinfos) as SimReception[],
      }));
      const stats = deviceStats(messages);
      update.run(
        latest.time,
        latest.seq_number,
        stats.averageSnr,
        stats.averageRssi,
        latest.computed_lat,
        latest.computed_lng,
        latest.computed_radius,
        id,
      );
    }
  })();
}
