import { badRequest } from './http-error.ts';

/*
 * Paging (reference: "paging.next: URL of the next page"; domain-notes.md, Paging).
 * Every paged list is read by keyset: a page ends at a key, and `next` carries that
 * key in the opaque `cursor` parameter that the catalogue documents. The client's
 * own parameters are kept (limit, before, since, filters) and `offset` is dropped,
 * since the cursor already stands after the skipped records. Unlike `offset`
 * (0..5000), a cursor reaches every record of a long list, and records that arrive
 * while a client walks the pages (newer, so ahead of the first page) are neither
 * seen nor shift what is left.
 */

/** A position in a list: (time, rowid) for time-ordered lists, a single key for the others. */
export type CursorKey = readonly [number, number] | readonly [number] | readonly [string];

export type CursorKind = 'time' | 'num' | 'id';

export function encodeCursor(kind: CursorKind, key: CursorKey): string {
  return Buffer.from(JSON.stringify([kind, ...key])).toString('base64url');
}

function decode(cursor: string): unknown {
  try {
    return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

const invalid = () => badRequest('cursor', 'is not a cursor of this list; take it from paging.next');

/** (time, rowid) of a time-ordered list; 400 naming `cursor` when it is not one. */
export function timeCursor(cursor: string | undefined): readonly [number, number] | undefined {
  if (cursor === undefined) return undefined;
  const value = decode(cursor);
  if (
    Array.isArray(value) &&
    value.length === 3 &&
    value[0] === 'time' &&
    Number.isSafeInteger(value[1]) &&
    Number.isSafeInteger(value[2])
  ) {
    return [value[1] as number, value[2] as number];
  }
  throw invalid();
}

/** A numeric key (device number, user rowid); 400 naming `cursor` when it is not one. */
export function numCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined) return undefined;
  const value = decode(cursor);
  if (Array.isArray(value) && value.length === 2 && value[0] === 'num' && Number.isSafeInteger(value[1])) {
    return value[1] as number;
  }
  throw invalid();
}

/** A string key (group id); 400 naming `cursor` when it is not one. */
export function idCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const value = decode(cursor);
  if (Array.isArray(value) && value.length === 2 && value[0] === 'id' && typeof value[1] === 'string') {
    return value[1];
  }
  throw invalid();
}

/**
 * The absolute URL of the next page: the origin and path the client used (so it
 * works through whatever host name or port the client reached us by), its query
 * without `offset`, and the cursor.
 */
export function nextUrl(requestUrl: URL, cursor: string): string {
  const next = new URL(requestUrl.href);
  next.searchParams.delete('offset');
  next.searchParams.set('cursor', cursor);
  return next.href;
}

export interface Page<T> {
  data: T[];
  paging?: { next: string };
}

/**
 * Builds a page from rows fetched with LIMIT limit + 1: the extra row only says that
 * more records follow. `paging` is omitted on the last page (a property without a
 * value is omitted, reference: REST API).
 */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  requestUrl: URL,
  cursorOf: (row: R) => string,
  toItem: (row: R) => T,
): Page<T> {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const data = kept.map(toItem);
  const last = kept.at(-1);
  if (!more || last === undefined) return { data };
  return { data, paging: { next: nextUrl(requestUrl, cursorOf(last)) } };
}
