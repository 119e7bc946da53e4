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

/**
 * Send times (integer seconds) in (fromSec, toSec], ascending. A device that missed
 * its slots (never seen, or the simulator was stopped) sends at the first slot of its
 * grid `last + offset + k × interval` after `fromSec`: overdue devices spread over one
 * interval instead of all sending at once, and the answer does not depend on how time
 * was cut into ticks.
 */
export function sendTimes(d: Schedulable, fromSec: number, toSec: number): number[] {
  const times: number[] = [];
  const interval = Math.max(1, Math.round(d.intervalSec));
  let last = d.last;
  while (times.length < MAX_MESSAGES_PER_TICK) {
    const frac = hashFraction(`${d.id}:${last}`);
    let next = last + Math.max(1, Math.round(interval * (MIN_INTERVAL_FACTOR + frac)));
    if (next <= fromSec) next += (Math.floor((fromSec - next) / interval) + 1) * interval;
    if (next > toSec) break;
    if (d.silentSince !== undefined && next >= d.silentSince) break;
    times.push(next);
    last = next;
  }
  return times;
}
