import { describe, expect, it } from 'vitest';
import { parse } from './parse.ts';
import type { FieldSpec } from './types.ts';

function fields(config: string): readonly FieldSpec[] {
  const result = parse(config);
  if (!result.ok) throw new Error(result.error.message);
  return result.config.fields;
}

function positions(config: string): [number, number][] {
  return fields(config).map((field) => [field.byteIndex, field.bitOffset]);
}

describe('parse', () => {
  it("accepts the name characters of both the grammar ('#', '_') and its prose ('-')", () => {
    expect(fields('t#1::uint:8 hum-rel::uint:8 batt_v::uint:8').map((f) => f.name)).toEqual([
      't#1',
      'hum-rel',
      'batt_v',
    ]);
  });

  it('describes every field with resolved defaults', () => {
    expect(fields('temp:2:int:16:little-endian')).toEqual([
      {
        name: 'temp',
        type: 'int',
        byteIndex: 2,
        bitOffset: 7,
        length: 16,
        endianness: 'little',
        explicitByteIndex: true,
        explicitBitOffset: false,
      },
    ]);
  });

  it('accepts the three spellings of the parameters', () => {
    expect(fields('a::uint:4:3')[0]).toMatchObject({ length: 4, bitOffset: 3, endianness: 'big' });
    expect(fields('a::uint:4::3')[0]).toMatchObject({ length: 4, bitOffset: 3, endianness: 'big' });
    expect(fields('a::uint:16:little-endian:7')[0]).toMatchObject({
      length: 16,
      bitOffset: 7,
      endianness: 'little',
    });
    expect(fields('a::uint:12:big-endian:5')[0]).toMatchObject({
      length: 12,
      bitOffset: 5,
      explicitBitOffset: true,
    });
  });

  it('tolerates leading, trailing and repeated whitespace, tabs and newlines', () => {
    expect(fields('  a::uint:8   b::uint:8 \n\tc::bool:0  ').map((field) => field.name)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('accepts an empty config as no fields', () => {
    expect(fields('')).toEqual([]);
    expect(fields('   ')).toEqual([]);
  });

  it('accepts names with letters, digits, underscore and dash', () => {
    expect(fields('Temp_1-b::uint:8 42::bool:1').map((field) => field.name)).toEqual(['Temp_1-b', '42']);
  });

  it('starts the first field at byte 0 and a plain field after the last byte used', () => {
    expect(positions('a::uint:8 b::uint:12 c::uint:8')).toEqual([
      [0, 7],
      [1, 7],
      [3, 7],
    ]);
  });

  it('keeps the next field in the same byte after a bool', () => {
    expect(positions('a::bool:7 b::bool:6 c::uint:6:5')).toEqual([
      [0, 7],
      [0, 6],
      [0, 5],
    ]);
  });

  it('starts in the last byte used after a field with an explicit bit offset', () => {
    // uint:6 from bit 3 of byte 1 ends in byte 2: the next field starts there, at its own offset.
    expect(positions('a:1:uint:6:3 b::uint:4:4 c::uint:8')).toEqual([
      [1, 3],
      [2, 4],
      [2, 7],
    ]);
  });

  it('applies the last-byte rule even when the explicit offset is 7', () => {
    expect(positions('a::uint:8:7 b::uint:8')).toEqual([
      [0, 7],
      [0, 7],
    ]);
  });

  it('places omitted indexes relative to the previous field, explicit or not', () => {
    expect(positions('a:5:uint:16 b::uint:8 c:1:char:2 d::bool:0')).toEqual([
      [5, 7],
      [7, 7],
      [1, 7],
      [3, 0],
    ]);
  });

  it('keeps the source text', () => {
    const result = parse(' a::bool:1 ');
    expect(result.ok && result.config.source).toBe(' a::bool:1 ');
  });
});
