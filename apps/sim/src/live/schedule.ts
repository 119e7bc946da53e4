/**
 * When a device sends, as a pure function of its last message: the next uplink
 * comes 0.5 to 1.5 intervals after the last one, the fraction hashed from the
 * device id and that last time, so the schedule needs no state beyond the
 * database's `last` and replays identically for the same ticks.
 */
export const MIN_INTERVAL_FACTOR = 0.5;

/** Cap per device and tick, so a long jump of the clock does not flood the database. */
export const MAX_MESSAGES_PER_TICK = 500;

export interface Schedulable {
  id: string;
  /** Seconds; 0 before the first message. */
  last: number;
  intervalSec: number;
  /** Seconds; nothing is sent from this time on. */
  silentSince?: number;
}

/** FNV-1a over the text, as a fraction in [0, 1). */
export function hashFraction(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 2 ** 32;
}

/** Send times (integer seconds) in (fromSec, toSec], ascending. */
export function sendTimes(d: Schedulable, fromSec: number, toSec: number): number[] {
  const times: number[] = [];
  let last = d.last;
  while (times.length < MAX_MESSAGES_PER_TICK) {
    const frac = hashFraction(`${d.id}:${last}`);
    let next = last + Math.max(1, Math.round(d.intervalSec * (MIN_INTERVAL_FACTOR + frac)));
    // Never sent, or overdue (the simulator was stopped): send early in this window, not back in time.
    if (last === 0 || next <= fromSec)
      next = fromSec + 1 + Math.floor(frac * Math.min(d.intervalSec, toSec - fromSec - 1));
    if (next > toSec) break;
    if (d.silentSince !== undefined && next >= d.silentSince) break;
    times.push(next);
    last = next;
  }
  return times;
}
