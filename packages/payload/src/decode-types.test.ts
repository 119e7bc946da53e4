import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';

function values(config: string, hex: string): Record<string, unknown> {
  const result = decode(config, hex);
  expect(result.warnings).toEqual([]);
  return result.values;
}

describe('decode float (IEEE 754)', () => {
  it.each([
    ['a::float:32', '3fc00000', 1.5],
    ['a::float:32:little-endian', '0000c03f', 1.5],
    ['a::float:32', 'c1a40000', -20.5],
    ['a::float:32', '00000001', 2 ** -149],
    ['a::float:32', '7f800000', Infinity],
    ['a::float:32', 'ff800000', -Infinity],
    ['a::float:64', '3ff8000000000000', 1.5],
    ['a::float:64:little-endian', '000000000000f83f', 1.5],
    ['a::float:64', 'fff0000000000000', -Infinity],
    ['a::float:64', '7fefffffffffffff', Number.MAX_VALUE],
  ])('%s on %s is %d', (config, hex, expected) => {
    expect(values(config, hex).a).toBe(expected);
  });

  it('keeps NaN and negative zero', () => {
    expect(values('a::float:32', '7fc00000').a).toBeNaN();
    expect(values('a::float:64', '7ff8000000000001').a).toBeNaN();
    expect(values('a::float:32', '80000000').a).toBe(-0);
  });

  it('reads a float that starts mid-byte', () => {
    // four padding bits, then 0x3fc00000, then four trailing bits
    expect(values('a::float:32:3', '03fc000000').a).toBe(1.5);
  });
});

describe('decode char and bool', () => {
  it('reads ASCII text', () => {
    expect(values('a::char:6', '414243444546').a).toBe('ABCDEF');
  });

  it('shows non-printable bytes as \\xhh and the backslash as \\\\', () => {
    expect(values('a::char:6', '005c417f8020').a).toBe('\\x00\\\\A\\x7f\\x80 ');
  });

  it('reads chars from a bit offset', () => {
    expect(values('a::char:2:3', '041420').a).toBe('AB');
  });

  it('reads each bool bit, 7 being the most significant', () => {
    expect(values('a::bool:7 b::bool:0 c::bool:4', '81')).toEqual({ a: true, b: true, c: false });
    expect(values('a::bool:7 b::bool:0 c::bool:4', '7e')).toEqual({ a: false, b: false, c: true });
  });
});

describe('decode omitted byte indexes', () => {
  it('keeps a plain field after a bool in the same byte', () => {
    expect(values('f::bool:0 n::uint:8', '81')).toEqual({ f: true, n: 0x81 });
  });

  it('reads an offset field after a bool in the same byte', () => {
    expect(values('f::bool:7 n::uint:7:6', 'a5')).toEqual({ f: true, n: 0x25 });
  });

  it('starts in the last byte used after an explicit offset', () => {
    expect(values('a::uint:4:7 b::uint:4:3', 'a5')).toEqual({ a: 0xa, b: 0x5 });
    // a takes bits 3..0 of byte 0 and 7..4 of byte 1; b follows in byte 1.
    expect(values('a::uint:8:3 b::uint:4:3', '5ac3')).toEqual({ a: 0xac, b: 0x3 });
  });

  it('skips to the next whole byte after a plain field', () => {
    expect(values('a::uint:12 b::uint:8', 'abcdef')).toEqual({ a: 0xabc, b: 0xef });
  });
});

describe('decode overruns and payload size', () => {
  it('leaves out a field that runs past the end and names it', () => {
    const result = decode('a::uint:8 b::uint:16 c:1:uint:8', '0102');
    expect(result.values).toEqual({ a: 1, c: 2 });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('"b"');
  });

  it('decodes an empty payload as all overruns', () => {
    const result = decode('a::bool:0 b::char:1', '');
    expect(result.values).toEqual({});
    expect(result.warnings.map((warning) => /"(\w+)"/.exec(warning)?.[1])).toEqual(['a', 'b']);
  });

  it('accepts a field ending exactly on the last byte', () => {
    expect(values('a::char:12', '48656c6c6f2c20776f726c64').a).toBe('Hello, world');
  });

  it('decodes a payload over 12 bytes with a warning', () => {
    const result = decode('a:12:uint:8', '000000000000000000000000ff');
    expect(result.values).toEqual({ a: 255 });
    expect(result.warnings).toEqual(['payload is 13 bytes; Sigfox uplinks carry at most 12']);
  });
});
