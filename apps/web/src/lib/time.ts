/*
 * The one date formatter. The API mixes units (domain notes, "Time units are not
 * uniform"): message `time` and device `last` are seconds, event and location `time`,
 * `activationTime` and `tokenEnd` are milliseconds. Every caller names the unit here,
 * so the conversion happens in exactly one place.
 */
export type TimeUnit = 's' | 'ms';

export function toDate(value: number, unit: TimeUnit): Date {
  return new Date(unit === 's' ? value * 1000 : value);
}

const short = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' });

/** Local, compact: what a table cell shows. */
export function formatShort(date: Date): string {
  return short.format(date);
}

/** Local, absolute and unambiguous (seconds and time zone): what a hover shows. */
export function formatFull(date: Date): string {
  return full.format(date);
}

/** What a CSV export carries: ISO 8601 in UTC, so spreadsheets and scripts agree. */
export function formatIso(date: Date): string {
  return date.toISOString();
}

/** A time for a CSV cell: ISO 8601, empty when absent or 0 ("never"). */
export function csvTime(value: number | undefined, unit: TimeUnit): string | undefined {
  return value === undefined || value === 0 ? undefined : formatIso(toDate(value, unit));
}

/** "Now minus `seconds`", in the unit an endpoint's `since`/`before` takes. */
export function ago(seconds: number, unit: TimeUnit, now: number = Date.now()): number {
  const ms = now - seconds * 1000;
  return unit === 's' ? Math.floor(ms / 1000) : ms;
}
