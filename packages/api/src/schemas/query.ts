import { z } from 'zod';

/*
 * Query strings arrive as strings; the typed client passes numbers and booleans.
 * These helpers accept both, and refuse loose forms that `Number()` would let
 * through ("", "1e3", "0x10", " 7") so that a 400 names the bad parameter.
 */

/** An integer query parameter between `min` and `max`, given as a number or a string of digits. */
export function queryInt(min: number, max: number = Number.MAX_SAFE_INTEGER) {
  return z
    .union([
      z.number(),
      z
        .string()
        .regex(/^-?\d{1,16}$/, 'must be an integer')
        .transform(Number),
    ])
    .pipe(
      z
        .number()
        .int('must be an integer')
        .min(min, `must be at least ${min}`)
        .max(max, `must be at most ${max}`),
    );
}

/** A decimal query parameter between `min` and `max` (coordinates), as a number or a decimal string. */
export function queryDecimal(min: number, max: number) {
  return z
    .union([
      z.number(),
      z
        .string()
        .regex(/^-?\d+(?:\.\d+)?$/, 'must be a decimal number')
        .transform(Number),
    ])
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));
}

/** A boolean query parameter: `true`/`false` as a boolean or as those two exact strings. */
export const queryBool = z.union([
  z.boolean(),
  z.enum(['true', 'false'], 'must be true or false').transform((v) => v === 'true'),
]);

/** Largest `offset` the reference allows ("between 0 and 5000"); beyond it the API answers 400. */
export const MAX_OFFSET = 5000;
/** Default page size ("limit: maximum number of ... to return, default 100"). */
export const DEFAULT_LIMIT = 100;

/**
 * An opaque keyset cursor, issued by the server inside `paging.next` and never built
 * by clients. Offsets stop at 5000, so a list longer than that (a device type with
 * 20,000 devices) would be cut off; the cursor encodes the position after the last
 * record of the page, so following `next` reaches every record and stays exact while
 * new records arrive. base64url, 1 to 200 characters.
 */
export const Cursor = z
  .string()
  .regex(
    /^[A-Za-z0-9_-]{1,200}$/,
    'must be an opaque cursor taken from paging.next (base64url, 1 to 200 characters)',
  );

/** `limit`, `offset` and `cursor`: the query parameters of every paged endpoint. */
export const pagingQueryShape = {
  limit: queryInt(1).default(DEFAULT_LIMIT),
  offset: queryInt(0, MAX_OFFSET).default(0),
  cursor: Cursor.optional(),
};

/**
 * `before`/`since` bounds. Their unit is not uniform in the reference: seconds for
 * messages and locations, milliseconds for status events and callback errors; the
 * catalogue's `paging.timeUnit` says which applies.
 */
export const timeRangeQueryShape = {
  before: queryInt(0).optional(),
  since: queryInt(0).optional(),
};
