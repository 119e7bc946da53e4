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

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "3 minutes ago": how long ago a time was, in the largest whole unit. */
export function formatRelative(date: Date, now: number = Date.now()): string {
  let amount = (date.getTime() - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit);
    amount /= size;
  }
  return relative.format(Math.round(amount), 'year');
}

/** A time in the unit an endpoint's `since`/`before` takes (messages: seconds; events: milliseconds). */
export function fromDate(date: Date, unit: TimeUnit): number {
  return unit === 's' ? Math.floor(date.getTime() / 1000) : date.getTime();
}

/** `<input type="datetime-local">` reads and writes local wall-clock time without a zone. */
export function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The instant a `datetime-local` value means in the user's zone; undefined when empty or invalid. */
export function fromLocalInput(value: string): Date | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An ISO 8601 instant from the URL; undefined when absent or unreadable. */
export function parseIso(value: string | null): Date | undefined {
  if (value === null || value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
