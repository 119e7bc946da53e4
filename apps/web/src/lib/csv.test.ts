import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves empty cells empty', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['line\nbreak', undefined],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",');
  });

  it('defuses spreadsheet formulas but keeps negative numbers', () => {
    expect(toCsv(['v'], [['=SUM(A1)'], ['-12.5'], [-3]])).toBe("v\r\n'=SUM(A1)\r\n-12.5\r\n-3");
  });
});
