import type { FieldReader } from './compile-readers.ts';
import type { DecodedValue } from './types.ts';

/** Builds the values of a payload that holds every field. */
export type FullBuilder = (bytes: Uint8Array, view: DataView) => Record<string, DecodedValue>;

/**
 * Generates `(b, v) => ({ "name0": r0(b, v), ... })` for a config's readers. One object literal
 * gives every result the same hidden class, and each call site sees one reader, so the engine can
 * inline it: this is what brings the compiled decoder near a hand-written one. Names are emitted
 * with JSON.stringify (a safe string literal whatever the name); `__proto__` as a computed key so it
 * stays a plain property. Returns undefined where code generation is refused (a Content Security
 * Policy without 'unsafe-eval'); the caller then falls back to a loop over the readers.
 */
export function generateBuilder(
  names: readonly string[],
  readers: readonly FieldReader[],
): FullBuilder | undefined {
  const params = readers.map((_, i) => `r${i}`);
  const entries = names.map((name, i) => {
    const key = name === '__proto__' ? '["__proto__"]' : JSON.stringify(name);
    return `${key}: r${i}(b, v)`;
  });
  const body = `return function decodeFull(b, v) { return { ${entries.join(', ')} }; };`;
  try {
    const factory = new Function(...params, body) as (...readers: FieldReader[]) => FullBuilder;
    return factory(...readers);
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
}

/** The same result without code generation: clone a prepared object (one hidden class), then fill it. */
export function loopBuilder(names: readonly string[], readers: readonly FieldReader[]): FullBuilder {
  const shape: Record<string, DecodedValue> = {};
  for (const name of names)
    Object.defineProperty(shape, name, {
      value: false,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return (bytes, view) => {
    const values = { ...shape };
    for (let i = 0; i < readers.length; i++) values[names[i]!] = readers[i]!(bytes, view);
    return values;
  };
}
