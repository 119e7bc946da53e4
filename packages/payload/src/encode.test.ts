import { describe, expect, it } from 'vitest';
import { compileEncoder, encode } from './encode.ts';
import { PayloadConfigError, PayloadEncodeError } from './errors.ts';

function encodeError(config: string, values: Parameters<typeof encode>[1]): PayloadEncodeError {
  try {
    encode(config, values);
  } catch (error) {
    if (error instanceof PayloadEncodeError) return error;
    throw error;
  }
  throw new Error('expected encode to fail');
}

describe('encode', () => {
  it('writes the reference examples back', () => {
    expect(
      encode('b1::bool:7 b2::bool:6 i1:1:uint:16:little-endian i2::uint:8', {
        b1: true,
        b2: false,
        i1: 0x3412,
        i2: 0x56,
      }),
    ).toBe('80123456');
    expect(encode('str::char:6 i1::uint:16 i2::uint:32', { str: 'ABCDEF', i1: 0x123, i2: 0x4567890a })).toBe(
      '41424344454601234567890a',
    );
  });

  it('writes two complement ints, bit offsets and floats', () => {
    expect(encode('a::int:12:3', { a: -1 })).toBe('0fff');
    expect(encode('a::int:64', { a: -9223372036854775808n })).toBe('8000000000000000');
    expect(encode('a::uint:64', { a: '18446744073709551615' })).toBe('ffffffffffffffff');
    expect(encode('a::float:32:little-endian', { a: 1.5 })).toBe('0000c03f');
    expect(encode('a::float:64', { a: 'NaN' })).toBe('7ff8000000000000');
    expect(encode('a::float:32', { a: Number.NaN })).toBe('7fc00000');
    expect(encode('a::float:32', { a: '-Infinity' })).toBe('ff800000');
  });

  it('rounds to the nearest float32', () => {
    expect(encode('a::float:32', { a: 0.1 })).toBe('3dcccccd');
  });

  it('writes escaped char text', () => {
    expect(encode('a::char:3', { a: '\\x00\\\\A' })).toBe('005c41');
  });

  it('leaves uncovered bits at 0', () => {
    expect(encode('a:2:uint:4', { a: 15 })).toBe('0000f0');
    expect(encode('', {})).toBe('');
  });

  it.each([
    ['a::uint:8', { a: 256 }, 'a', /256 does not fit uint:8 \(0 to 255\)/],
    ['a::uint:8', { a: -1 }, 'a', /does not fit/],
    ['a::int:4', { a: 8 }, 'a', /-8 to 7/],
    ['a::int:4', { a: -9 }, 'a', /does not fit/],
    ['a::uint:64', { a: 2 ** 60 }, 'a', /not a safe integer/],
    ['a::uint:8', { a: 1.5 }, 'a', /expects an integer/],
    ['a::uint:8', { a: '0x10' }, 'a', /expects an integer/],
    ['a::bool:0', { a: 1 }, 'a', /expects a boolean/],
    ['a::char:2', { a: 'ABC' }, 'a', /exactly 2 bytes, got 3/],
    ['a::char:2', { a: 'é!' }, 'a', /not printable ASCII/],
    ['a::char:2', { a: '\\q!' }, 'a', /bad escape/],
    ['a::float:32', { a: 1e39 }, 'a', /float32 range/],
    ['a::float:32', { a: true }, 'a', /expects a number/],
    ['a::uint:8', {}, 'a', /missing value/],
    ['a::uint:8', { a: 1, b: 2 }, 'b', /no field of that name/],
    ['a::uint:8 b:0:bool:0', { a: 0, b: true }, 'b', /overlaps field "a" at byte 0, bit 0/],
  ])('%s refuses %j and names %s', (config, values, field, message) => {
    const error = encodeError(config, values);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });

  it('accepts overlapping fields that agree', () => {
    expect(encode('a::uint:8 b:0:bool:0', { a: 1, b: true })).toBe('01');
  });

  it('throws the config error for a bad config', () => {
    expect(() => encode('a::uint:99', { a: 1 })).toThrow(PayloadConfigError);
  });

  it('prepares an encoder once for many value sets', () => {
    const encoder = compileEncoder('t:1:int:16:little-endian n::uint:40');
    expect(encoder({ t: -2, n: 2 ** 40 - 1 })).toBe('00feffffffffffff');
    expect(encoder({ t: 256, n: 1 })).toBe('0000010000000001');
    expect(() => encoder({ t: 32768, n: 0 })).toThrow(/"t": 32768 does not fit int:16/);
  });
});
