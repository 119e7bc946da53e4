import { describe, expect, it } from 'vitest';
import { formatIso, toDate } from './time.ts';

describe('toDate', () => {
  it('reads seconds and milliseconds into the same instant', () => {
    expect(toDate(1381410600, 's').getTime()).toBe(1381410600000);
    expect(toDate(1381410600026, 'ms').getTime()).toBe(1381410600026);
  });

  it('exports ISO 8601 in UTC', () => {
    expect(formatIso(toDate(0, 's'))).toBe('1970-01-01T00:00:00.000Z');
  });
});
