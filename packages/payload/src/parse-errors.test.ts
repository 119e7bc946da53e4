import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from './parse.ts';

/** Each malformed config must fail at the named column, with the text found there. */
const cases: [config: string, column: number, found: string, expected: RegExp][] = [
  ['a::foo:8', 4, 'foo', /type/],
  ['a::Uint:8', 4, 'Uint', /type/],
  ['a::', 4, 'end of input', /type/],
  ['a::bool:8', 9, '8', /bit number/],
  ['a::bool:', 9, 'end of input', /bit number/],
  ['a::bool:7:1', 10, ':', /whitespace/],
  ['a::uint:0', 9, '0', /1 to 64/],
  ['a::uint:65', 9, '65', /1 to 64/],
  ['a::int:0', 8, '0', /1 to 64/],
  ['a::int:99', 8, '99', /1 to 64/],
  ['a::float:16', 10, '16', /32 or 64/],
  ['a::float:33', 10, '33', /32 or 64/],
  ['a::uint:12:little-endian', 12, 'little-endian', /big-endian/],
  ['a::uint:16:little-endian:3', 26, '3', /bit offset 7/],
  ['a::float:32:little-endian:0', 27, '0', /bit offset 7/],
  ['a::char:0', 9, '0', /length in bytes/],
  ['a::char:6:little-endian', 11, 'little-endian', /bit offset/],
  ['a::uint:8 a::uint:8', 11, 'a', /new field name/],
  ['x::bool:1 y::bool:2 x::bool:3', 21, 'x', /new field name/],
  ['a::uint:8x', 10, 'x', /digit/],
  ['a::uint:8;b::uint:8', 10, ';b', /digit/],
  ['a:x:uint:8', 3, 'x', /byte index/],
  ['a:1x:uint:8', 4, 'x', /digit/],
  ['a:256:uint:8', 3, '256', /byte index/],
  ['a!::uint:8', 2, '!', /':' after the field name/],
  [':1:uint:8', 1, ':', /field name/],
  ['a', 2, 'end of input', /':' after the field name/],
  ['a::uint', 8, 'end of input', /length/],
  ['a::uint:8:', 11, 'end of input', /bit offset/],
  ['a::uint:8:sideways-endian', 11, 'sideways-endian', /little-endian, big-endian/],
  ['a::uint:8:8', 11, '8', /0 to 7/],
  ['a::uint:8:big-endian:9', 22, '9', /0 to 7/],
  ['a::uint:8:1:2:3', 11, '1', /little-endian, big-endian/],
  ['a::uint:8::2:3', 13, ':', /whitespace/],
  ['  a::uint:8   b::foo:1', 18, 'foo', /type/],
  ['a::uint:8\n\tb::bool:9', 20, '9', /bit number/],
];

describe('parse errors', () => {
  it.each(cases)('%j fails at column %i', (config, column, found, expected) => {
    const result = parse(config);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.column).toBe(column);
    expect(result.error.found).toBe(found);
    expect(result.error.expected).toMatch(expected);
    expect(result.error.message).toContain(`column ${column}`);
  });

  it('refuses a config that is not a string (untyped callers)', () => {
    const result = parse(JSON.parse('null') as string);
    expect(result).toEqual({
      ok: false,
      error: {
        message: 'expected a config string, found null',
        column: 1,
        found: 'null',
        expected: 'a config string',
      },
    });
  });

  it('refuses odd spellings', () => {
    for (const config of ['::::', '\u0000', 'a::uint:1e3', 'é::bool:1', 'a::uint:-1', 'a:: uint:8']) {
      const result = parse(config);
      expect(result.ok).toBe(false);
    }
  });

  it('never throws, and points inside the text or just past it', () => {
    const pieces = fc.constantFrom(
      'a',
      ':',
      ' ',
      'uint',
      'bool',
      'char',
      'float',
      'int',
      '8',
      '7',
      '64',
      'little-endian',
      'x',
      '\n',
    );
    const texts = fc.oneof(
      fc.string(),
      fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(texts, (config) => {
        const result = parse(config);
        if (!result.ok) {
          expect(result.error.column).toBeGreaterThanOrEqual(1);
          expect(result.error.column).toBeLessThanOrEqual(config.length + 1);
          expect(result.error.message).toContain(`column ${result.error.column}`);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
