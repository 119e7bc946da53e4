import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';
import { PayloadConfigError, PayloadHexError } from './errors.ts';
import { parse } from './parse.ts';

describe('decode input handling', () => {
  it('refuses hex of odd length', () => {
    expect(() => decode('a::uint:8', 'abc')).toThrow(PayloadHexError);
    expect(() => decode('a::uint:8', 'abc')).toThrow(/odd number of digits \(3\)/);
  });

  it('refuses non-hex characters and says where', () => {
    expect(() => decode('a::uint:8', '12zz')).toThrow(/non-hex character "z" at position 3/);
    expect(() => decode('a::uint:8', '1 2 ')).toThrow(PayloadHexError);
    expect(() => decode('a::uint:8', '0x12')).toThrow(/position 2/);
  });

  it('reads upper and lower case hex alike', () => {
    expect(decode('a::uint:16', 'ABcd').values).toEqual({ a: 0xabcd });
  });

  it('throws a positioned error for a bad config', () => {
    try {
      decode('a::uint:8 b::bool:9', '00');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PayloadConfigError);
      expect(error).toMatchObject({ column: 19, found: '9' });
    }
  });

  it('accepts an already parsed config', () => {
    const parsed = parse('a::uint:8');
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(decode(parsed.config, '2a').values).toEqual({ a: 42 });
  });

  it('stores a field named __proto__ as a plain property', () => {
    const { values } = decode('__proto__::uint:8 b:0:bool:0', '01');
    expect(Object.keys(values)).toEqual(['__proto__', 'b']);
    expect(Object.getOwnPropertyDescriptor(values, '__proto__')?.value).toBe(1);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });
});
