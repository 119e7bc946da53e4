import { describe, expect, it } from 'vitest';
import { generateBuilder, loopBuilder } from './compile-literal.ts';

const bytes = new Uint8Array([7]);
const view = new DataView(bytes.buffer);

describe('result builders', () => {
  it('generates an object literal builder where code generation is allowed', () => {
    const builder = generateBuilder(['a', 'b'], [(b) => b[0]!, () => true]);
    expect(builder).toBeTypeOf('function');
    expect(builder?.(bytes, view)).toEqual({ a: 7, b: true });
  });

  it('builds the same object without code generation', () => {
    const readers = [(b: Uint8Array) => b[0]!, () => 'x'];
    expect(loopBuilder(['__proto__', 'b'], readers)(bytes, view)).toEqual(
      generateBuilder(['__proto__', 'b'], readers)?.(bytes, view),
    );
    expect(Object.keys(loopBuilder(['__proto__', 'b'], readers)(bytes, view))).toEqual(['__proto__', 'b']);
  });
});
