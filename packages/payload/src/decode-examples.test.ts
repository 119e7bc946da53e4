import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';

// The six examples of the reference ("Custom message type decoding grammar"), decoded under the
// domain-notes semantics; the sixth's i2 (32 bits from bit 2 of byte 8) overruns the 12 bytes.
describe('reference examples', () => {
  it('1: two plain bytes', () => {
    expect(decode('int1::uint:8 int2::uint:8', '1234')).toEqual({
      values: { int1: 0x12, int2: 0x34 },
      warnings: [],
    });
  });

  it('2: two bools then an explicit index', () => {
    expect(decode('b1::bool:7 b2::bool:6 i1:1:uint:16', 'C01234')).toEqual({
      values: { b1: true, b2: true, i1: 0x1234 },
      warnings: [],
    });
  });

  it('3: little-endian field after bools', () => {
    expect(decode('b1::bool:7 b2::bool:6 i1:1:uint:16:little-endian', '801234')).toEqual({
      values: { b1: true, b2: false, i1: 0x3412 },
      warnings: [],
    });
  });

  it('4: a plain field after the little-endian one starts in the next byte', () => {
    expect(decode('b1::bool:7 b2::bool:6 i1:1:uint:16:little-endian i2::uint:8', '80123456')).toEqual({
      values: { b1: true, b2: false, i1: 0x3412, i2: 0x56 },
      warnings: [],
    });
  });

  it('5: char then integers', () => {
    expect(decode('str::char:6 i1::uint:16 i2::uint:32', '41424344454601234567890A')).toEqual({
      values: { str: 'ABCDEF', i1: 0x0123, i2: 0x4567890a },
      warnings: [],
    });
  });

  it('6: i2 at bit 2 of byte 8 is an overrun; the other fields decode', () => {
    const result = decode('str::char:6 i1::uint:16 i2::uint:32:2', '41424344454601234567890A');
    expect(result.values).toEqual({ str: 'ABCDEF', i1: 0x0123 });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/"i2".*past the end of the 12-byte payload/);
  });
});
