import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { Cursor, pagingQueryShape, queryBool, queryDecimal, queryInt, timeRangeQueryShape } from './query.ts';

const Paged = z.strictObject({ ...pagingQueryShape, ...timeRangeQueryShape });

describe('paging query', () => {
  it('defaults limit to 100 and offset to 0', () => {
    expect(Paged.parse({})).toEqual({ limit: 100, offset: 0 });
  });

  it('coerces strings of digits, as query strings arrive', () => {
    expect(Paged.parse({ limit: '5', offset: '10', before: '1343321977', since: '0' })).toEqual({
      limit: 5,
      offset: 10,
      before: 1343321977,
      since: 0,
    });
  });

  it('accepts a limit of at least 1 and refuses 0', () => {
    expect(Paged.safeParse({ limit: 1 }).success).toBe(true);
    expect(Paged.safeParse({ limit: '0' }).success).toBe(false);
  });

  it('accepts offsets 0 to 5000 and refuses beyond', () => {
    expect(Paged.safeParse({ offset: '5000' }).success).toBe(true);
    expect(Paged.safeParse({ offset: '5001' }).success).toBe(false);
    expect(Paged.safeParse({ offset: -1 }).success).toBe(false);
  });

  it('refuses loose numeric forms that Number() would accept', () => {
    for (const limit of ['', '1e3', '0x10', ' 7', '7.5', 'abc']) {
      expect(Paged.safeParse({ limit }).success).toBe(false);
    }
  });

  it('refuses unknown parameters', () => {
    expect(Paged.safeParse({ page: '2' }).success).toBe(false);
  });

  it('accepts a base64url cursor of bounded length and refuses anything else', () => {
    expect(Paged.safeParse({ cursor: 'eyJ0IjoxMzQzMzIxOTc3LCJpZCI6NX0' }).success).toBe(true);
    expect(Cursor.safeParse('a'.repeat(200)).success).toBe(true);
    expect(Cursor.safeParse('a'.repeat(201)).success).toBe(false);
    expect(Cursor.safeParse('abc=').success).toBe(false);
    expect(Cursor.safeParse('a/b').success).toBe(false);
    expect(Cursor.safeParse('').success).toBe(false);
  });
});

describe('query value helpers', () => {
  it('queryInt bounds both ends', () => {
    const snr = queryInt(1, 4);
    expect(snr.parse('4')).toBe(4);
    expect(snr.safeParse('5').success).toBe(false);
  });

  it('queryDecimal takes decimal strings within bounds', () => {
    const lat = queryDecimal(-90, 90);
    expect(lat.parse('-43.5')).toBe(-43.5);
    expect(lat.safeParse('90.1').success).toBe(false);
    expect(lat.safeParse('4e1').success).toBe(false);
  });

  it('queryBool takes booleans and exactly "true"/"false"', () => {
    expect(queryBool.parse('true')).toBe(true);
    expect(queryBool.parse('false')).toBe(false);
    expect(queryBool.parse(false)).toBe(false);
    expect(queryBool.safeParse('yes').success).toBe(false);
    expect(queryBool.safeParse('1').success).toBe(false);
  });
});
