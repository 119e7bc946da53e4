import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';

function value(config: string, hex: string): unknown {
  const result = decode(config, hex);
  expect(result.warnings).toEqual([]);
  return result.values.a;
}

describe('decode uint, every length class', () => {
  it.each([
    ['a::uint:1:0', '01', 1],
    ['a::uint:1:0', 'fe', 0],
    ['a::uint:4', 'a5', 0xa],
    ['a::uint:8', 'ff', 255],
    ['a::uint:12', 'abc0', 0xabc],
    ['a::uint:16', '1234', 0x1234],
    ['a::uint:24', '123456', 0x123456],
    ['a::uint:32', 'ffffffff', 4294967295],
    ['a::uint:48', 'ffffffffffff', 281474976710655],
    ['a::uint:53', 'ffffffffffffff', 9007199254740991],
  ])('%s on %s is %d', (config, hex, expected) => {
    expect(value(config, hex)).toBe(expected);
  });

  it('returns a bigint above 53 bits, exact to the last digit', () => {
    expect(value('a::uint:64', 'ffffffffffffffff')).toBe(18446744073709551615n);
    expect(value('a::uint:64', '0000000000000001')).toBe(1n);
    // 54 bits: the type stays bigint even for a small value, so a field has one JSON shape.
    expect(value('a::uint:54', '00000000000004')).toBe(1n);
  });

  it.each([
    ['a::uint:16:little-endian', '1234', 0x3412],
    ['a::uint:24:little-endian', '123456', 0x563412],
    ['a::uint:32:little-endian', '78563412', 0x12345678],
    ['a::uint:48:little-endian', '010000000000', 1],
    ['a::uint:8:little-endian', '9a', 0x9a],
  ])('%s on %s is %d', (config, hex, expected) => {
    expect(value(config, hex)).toBe(expected);
  });

  it('reverses all eight bytes of a little-endian uint:64', () => {
    expect(value('a::uint:64:little-endian', '0100000000000080')).toBe(0x8000000000000001n);
  });
});

describe('decode int: two complement over the field length', () => {
  it.each([
    ['a::int:1', '80', -1],
    ['a::int:1', '00', 0],
    ['a::int:4', '80', -8],
    ['a::int:4', '70', 7],
    ['a::int:4', 'f0', -1],
    ['a::int:8', '80', -128],
    ['a::int:8', '7f', 127],
    ['a::int:8', 'ff', -1],
    ['a::int:12', '8000', -2048],
    ['a::int:12', '7ff0', 2047],
    ['a::int:16:little-endian', '0080', -32768],
    ['a::int:16:little-endian', 'ff7f', 32767],
    ['a::int:24', '800000', -8388608],
    ['a::int:32', '80000000', -2147483648],
    ['a::int:32', '7fffffff', 2147483647],
    ['a::int:32', 'ffffffff', -1],
    ['a::int:48', '800000000000', -140737488355328],
    ['a::int:48:little-endian', 'ffffffffffff', -1],
    ['a::int:53', '80000000000000', -4503599627370496],
    ['a::int:53', '7ffffffffffff8', 4503599627370495],
    ['a::int:53', 'ffffffffffffff', -1],
  ])('%s on %s is %d', (config, hex, expected) => {
    expect(value(config, hex)).toBe(expected);
  });

  it.each([
    ['a::int:64', '8000000000000000', -9223372036854775808n],
    ['a::int:64', '7fffffffffffffff', 9223372036854775807n],
    ['a::int:64', 'ffffffffffffffff', -1n],
    ['a::int:64:little-endian', 'feffffffffffffff', -2n],
    ['a::int:56', '80000000000000', -36028797018963968n],
  ])('%s on %s is %s', (config, hex, expected) => {
    expect(value(config, hex)).toBe(expected);
  });
});

describe('decode bit offsets', () => {
  it('reads from the inclusive offset across byte boundaries', () => {
    // bits 4..0 of 0x12, all of 0x34, bits 7..5 of 0x56: 10010 00110100 010
    expect(value('a::uint:16:4', '123456')).toBe(0b1001000110100010);
  });

  it('sign-extends a field that starts mid-byte', () => {
    expect(value('a::int:12:big-endian:3', '0800')).toBe(-2048);
    expect(value('a::int:12::3', 'f7ff')).toBe(2047);
  });

  it('reads one bit at offset 0 of a later byte', () => {
    expect(value('a:2:uint:1:0', '000001')).toBe(1);
  });
});
