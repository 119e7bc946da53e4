import { describe, expect, it } from 'vitest';
import { encode } from './encode.ts';
import { toJsonValues } from './json-values.ts';

describe('toJsonValues', () => {
  it('writes bigints as decimal strings and non-finite floats as words', () => {
    expect(
      toJsonValues({
        big: -9223372036854775808n,
        nan: Number.NaN,
        up: Infinity,
        down: -Infinity,
        n: 1.5,
        b: true,
        s: 'x',
      }),
    ).toEqual({
      big: '-9223372036854775808',
      nan: 'NaN',
      up: 'Infinity',
      down: '-Infinity',
      n: 1.5,
      b: true,
      s: 'x',
    });
  });

  it('survives JSON and encodes back to the same payload', () => {
    const config = 'big::int:64 f::float:32 d::float:64 ok::bool:7';
    const values = { big: -2n, f: Number.NaN, d: -Infinity, ok: true };
    const json = JSON.parse(JSON.stringify(toJsonValues(values))) as Record<
      string,
      string | number | boolean
    >;
    expect(encode(config, json)).toBe(encode(config, values));
  });

  it('keeps a field named __proto__ as a plain property', () => {
    const values: Record<string, bigint> = {};
    Object.defineProperty(values, '__proto__', { value: 5n, enumerable: true });
    expect(JSON.stringify(toJsonValues(values))).toBe('{"__proto__":"5"}');
  });
});
