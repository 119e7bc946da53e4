import { generateBuilder, loopBuilder } from './compile-literal.ts';
import { fieldReader, type FieldReader } from './compile-readers.ts';
import { overrunWarning } from './decode.ts';
import { endBit } from './field-geometry.ts';
import { hexByteLength, hexInto, MAX_UPLINK_BYTES, oversizeWarning } from './hex.ts';
import { toParsed } from './parse.ts';
import { setValue } from './set-value.ts';
import type { DecodedValue, DecodeResult, FieldSpec, ParsedConfig } from './types.ts';

interface Step {
  name: string;
  /** One past the last bit read: the payload must hold this many bits. */
  end: number;
  read: FieldReader;
  field: FieldSpec;
}

/**
 * Turns a config into a decoder specialised once for its fields (a reader per field, chosen for
 * its type, length, alignment and byte order, assembled into one generated object literal), for
 * decoding many messages. Gives exactly the results of {@link decode}. The returned function reuses
 * one byte buffer; it is synchronous, so sharing it is safe. Throws `PayloadConfigError` at compile
 * time for a bad config string, and `PayloadHexError` per call for bad hex.
 */
export function compile(config: string | ParsedConfig): (hex: string) => DecodeResult {
  return compileWith(config, true);
}

/** {@link compile}, with code generation optional so that tests cover the fallback too. */
export function compileWith(config: string | ParsedConfig, generate: boolean): (hex: string) => DecodeResult {
  const steps: Step[] = toParsed(config).fields.map((field) => ({
    name: field.name,
    end: endBit(field),
    read: fieldReader(field),
    field,
  }));
  const names = steps.map((step) => step.name);
  const readers = steps.map((step) => step.read);
  const full = (generate ? generateBuilder(names, readers) : undefined) ?? loopBuilder(names, readers);
  const complete = steps.reduce((max, step) => Math.max(max, step.end), 0);
  let bytes = new Uint8Array(16);
  let view = new DataView(bytes.buffer);
  return (hex) => {
    const count = hexByteLength(hex);
    if (count > bytes.length) {
      bytes = new Uint8Array(Math.max(count, bytes.length * 2));
      view = new DataView(bytes.buffer);
    }
    hexInto(hex, bytes);
    const warnings: string[] = [];
    if (count > MAX_UPLINK_BYTES) warnings.push(oversizeWarning(count));
    if (count * 8 >= complete) return { values: full(bytes, view), warnings };
    return { values: partial(steps, bytes, view, count, warnings), warnings };
  };
}

/** A payload too short for some fields: those are left out with a warning. */
function partial(
  steps: readonly Step[],
  bytes: Uint8Array,
  view: DataView,
  count: number,
  warnings: string[],
): Record<string, DecodedValue> {
  const values: Record<string, DecodedValue> = {};
  for (const step of steps) {
    if (step.end > count * 8) warnings.push(overrunWarning(step.field, count));
    else setValue(values, step.name, step.read(bytes, view));
  }
  return values;
}
