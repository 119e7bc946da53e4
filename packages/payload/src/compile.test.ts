import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, compileWith } from './compile.ts';
import { decode } from './decode.ts';
import { PayloadConfigError, PayloadHexError } from './errors.ts';
import { lastByte } from './field-geometry.ts';
import { parse } from './parse.ts';
import { parsedConfig } from './testing/arbitraries.ts';
import type { FieldSpec } from './types.ts';

function parsedField(): FieldSpec {
  const result = parse('a::uint:8');
  if (!result.ok) throw new Error(result.error.message);
  return result.config.fields[0]!;
}

describe('compile', () => {
  it('gives exactly what decode gives, overruns and long payloads included', () => {
    const cases = parsedConfig().chain((config) => {
      const size = Math.max(...config.fields.map((field) => lastByte(field) + 1));
      return fc.tuple(fc.constant(config), fc.uint8Array({ minLength: 0, maxLength: size + 8 }));
    });
    fc.assert(
      fc.property(cases, ([config, bytes]) => {
        const hex = Buffer.from(bytes).toString('hex');
        const expected = decode(config, hex);
        expect(compile(config)(hex)).toEqual(expected);
        expect(compileWith(config, false)(hex)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('decodes the reference examples', () => {
    const decoder = compile('str::char:6 i1::uint:16 i2::uint:32:2');
    const result = decoder('41424344454601234567890A');
    expect(result.values).toEqual({ str: 'ABCDEF', i1: 0x0123 });
    expect(result.warnings[0]).toMatch(/"i2"/);
    expect(compile('b1::bool:7 b2::bool:6 i1:1:uint:16:little-endian i2::uint:8')('80123456').values).toEqual(
      {
        b1: true,
        b2: false,
        i1: 0x3412,
        i2: 0x56,
      },
    );
  });

  it('treats any field name as data, never as code', () => {
    const name = '"}); throw new Error("injected"); ({"';
    const config = {
      source: '',
      fields: [
        { ...parsedField(), name },
        { ...parsedField(), name: '__proto__' },
      ],
    };
    const result = compile(config)('2a');
    expect(Object.keys(result.values)).toEqual([name, '__proto__']);
    expect(result.values[name]).toBe(42);
    expect(Object.getPrototypeOf(result.values)).toBe(Object.prototype);
    expect(compileWith(config, false)('2a')).toEqual(result);
  });

  it('reuses its buffer safely between payloads of different sizes', () => {
    const decoder = compile('a::uint:8 b::uint:8');
    expect(decoder('0102').values).toEqual({ a: 1, b: 2 });
    expect(decoder('ff'.repeat(40)).values).toEqual({ a: 255, b: 255 });
    const short = decoder('07');
    expect(short.values).toEqual({ a: 7 });
    expect(short.warnings).toHaveLength(1);
  });

  it('fails like decode on bad input', () => {
    expect(() => compile('a::uint:0')).toThrow(PayloadConfigError);
    const decoder = compile('a::uint:8');
    expect(() => decoder('0g')).toThrow(PayloadHexError);
    expect(() => decoder('0g')).toThrow(/position 2/);
    expect(() => decoder('012')).toThrow(/odd number/);
  });

  it('keeps exact values at the edges of every integer width', () => {
    const decoder = compile('a::int:53 b::uint:64:little-endian c::int:33:3');
    const hex = `80000000000000${'ff'.repeat(8)}0fffffffff`;
    expect(decoder(hex)).toEqual(decode('a::int:53 b::uint:64:little-endian c::int:33:3', hex));
    expect(decoder(hex).values.b).toBe(18446744073709551615n);
  });
});
