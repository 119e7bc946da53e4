import { wireRaw, valueToRaw } from './encode-value.ts';
import { PayloadEncodeError } from './errors.ts';
import { bitLength, lastByte, startBit } from './field-geometry.ts';
import { bytesToHex } from './hex.ts';
import { toParsed } from './parse.ts';
import type { DecodedValue, ParsedConfig } from './types.ts';

/**
 * Encodes values into a lowercase hex payload, the inverse of {@link decode}: every field needs a
 * value that fits (range-checked per type and length), unknown names are refused, bits no field
 * covers are 0, and fields that overlap must agree on their shared bits. Integers accept numbers
 * (safe integers), bigints or decimal strings; floats accept numbers or "NaN"/"Infinity"/"-Infinity";
 * chars accept the escaped text `decode` produces. Throws `PayloadEncodeError` naming the field.
 */
export function encode(
  config: string | ParsedConfig,
  values: Readonly<Record<string, DecodedValue>>,
): string {
  const { fields } = toParsed(config);
  const known = new Set(fields.map((field) => field.name));
  for (const name of Object.keys(values)) {
    if (!known.has(name)) throw new PayloadEncodeError(name, 'no field of that name in the config');
  }
  const size = fields.reduce((max, field) => Math.max(max, lastByte(field) + 1), 0);
  const bytes = new Uint8Array(size);
  // Which field last wrote each bit, to report overlapping fields that disagree.
  const owner: (string | undefined)[] = new Array(size * 8);
  for (const field of fields) {
    if (!Object.hasOwn(values, field.name)) throw new PayloadEncodeError(field.name, 'missing value');
    const raw = wireRaw(field, valueToRaw(field, values[field.name]!));
    const start = startBit(field);
    const count = bitLength(field);
    for (let i = 0; i < count; i++) {
      const bit = start + i;
      const value = Number((raw >> BigInt(count - 1 - i)) & 1n);
      const mask = 1 << (7 - (bit & 7));
      const previous = owner[bit];
      if (previous !== undefined && ((bytes[bit >> 3]! & mask) !== 0) !== (value === 1)) {
        throw new PayloadEncodeError(
          field.name,
          `overlaps field "${previous}" at byte ${bit >> 3}, bit ${7 - (bit & 7)} with a different bit value`,
        );
      }
      owner[bit] = field.name;
      if (value === 1) bytes[bit >> 3]! |= mask;
    }
  }
  return bytesToHex(bytes);
}
