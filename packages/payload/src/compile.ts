import { fieldReader, type FieldReader } from './compile-readers.ts';
import { overrunWarning } from './decode.ts';
import { endBit } from './field-geometry.ts';
import { hexByteLength, hexInto, MAX_UPLINK_BYTES, oversizeWarning } from './hex.ts';
import { toParsed } from './parse.ts';
import { setValue } from './set-value.ts';
import type { DecodedValue, DecodeResult, FieldSpec, ParsedConfig } from './types.ts';

interface Step {
  name: string;
  /** `__proto__` needs defineProperty; every other name is a plain assignment. */
  plain: boolean;
  /** One past the last bit read: the payload must hold this many bits. */
  end: number;
  read: FieldReader;
  field: FieldSpec;
}

/**
 * Turns a config into a decoder specialised once for its fields (a reader per field, chosen for
 * its type, length, alignment and byte order), for decoding many messages. Gives exactly the
 * results of {@link decode}. The returned function reuses one byte buffer, so it is cheap per call;
 * it is synchronous, so sharing it is safe. Throws `PayloadConfigError` at compile time for a bad
 * config string, and `PayloadHexError` per call for bad hex.
 */
export function compile(config: string | ParsedConfig): (hex: string) => DecodeResult {
  const steps: Step[] = toParsed(config).fields.map((field) => ({
    name: field.name,
    plain: field.name !== '__proto__',
    end: endBit(field),
    read: fieldReader(field),
    field,
  }));
  let bytes = new Uint8Array(16);
  let view = new DataView(bytes.buffer);
  return (hex) => {
    const count = hexByteLength(hex);
    if (count > bytes.length) {
      bytes = new Uint8Array(Math.max(count, bytes.length * 2));
      view = new DataView(bytes.buffer);
    }
    hexInto(hex, bytes);
    const available = count * 8;
    const values: Record<string, DecodedValue> = {};
    const warnings: string[] = [];
    if (count > MAX_UPLINK_BYTES) warnings.push(oversizeWarning(count));
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.end > available) warnings.push(overrunWarning(step.field, count));
      else if (step.plain) values[step.name] = step.read(bytes, view);
      else setValue(values, step.name, step.read(bytes, view));
    }
    return { values, warnings };
  };
}
