import { CHAR_TEXT } from './char-text.ts';
import { bitLength, describeField, endBit, startBit } from './field-geometry.ts';
import { hexToBytes, MAX_UPLINK_BYTES, oversizeWarning } from './hex.ts';
import { toParsed } from './parse.ts';
import { setValue } from './set-value.ts';
import type { DecodedValue, DecodeResult, FieldSpec, ParsedConfig } from './types.ts';

/** Integers wider than this many bits are returned as bigint (domain-notes: "above 53 bits, values need BigInt"). */
export const MAX_NUMBER_BITS = 53;

/**
 * Decodes a hex payload with a payload config: values by field name plus warnings. This is the
 * plain interpreting path, one bit at a time; {@link compile} gives the same results faster.
 * A field running past the payload end is left out with a warning; a payload over 12 bytes decodes
 * with a warning. Throws `PayloadConfigError` for a bad config string, `PayloadHexError` for bad hex.
 */
export function decode(config: string | ParsedConfig, hex: string): DecodeResult {
  const { fields } = toParsed(config);
  const bytes = hexToBytes(hex);
  const values: Record<string, DecodedValue> = {};
  const warnings: string[] = [];
  if (bytes.length > MAX_UPLINK_BYTES) warnings.push(oversizeWarning(bytes.length));
  for (const field of fields) {
    if (endBit(field) > bytes.length * 8) {
      warnings.push(overrunWarning(field, bytes.length));
      continue;
    }
    setValue(values, field.name, readField(field, bytes));
  }
  return { values, warnings };
}

/** The warning for a field that does not fit in the payload; names the field. */
export function overrunWarning(field: FieldSpec, byteCount: number): string {
  return `field "${field.name}" (${describeField(field)}) runs past the end of the ${byteCount}-byte payload; left out`;
}

function readField(field: FieldSpec, bytes: Uint8Array): DecodedValue {
  const start = startBit(field);
  switch (field.type) {
    case 'bool':
      return readBits(bytes, start, 1) === 1n;
    case 'char': {
      let text = '';
      for (let i = 0; i < field.length; i++) text += CHAR_TEXT[Number(readBits(bytes, start + 8 * i, 8))];
      return text;
    }
    case 'uint':
    case 'int':
      return toInteger(field, readRaw(field, bytes, start));
    case 'float':
      return toFloat(field.length, readRaw(field, bytes, start));
  }
}

/** The field's bits as an unsigned integer, most significant first, bytes reversed for little-endian. */
function readRaw(field: FieldSpec, bytes: Uint8Array, start: number): bigint {
  const bits = bitLength(field);
  if (field.endianness === 'big') return readBits(bytes, start, bits);
  let raw = 0n;
  for (let i = bits / 8 - 1; i >= 0; i--) raw = (raw << 8n) | readBits(bytes, start + 8 * i, 8);
  return raw;
}

/** Reads `count` bits from absolute bit `start` (bit 7 of byte 0 is bit 0), going towards bit 0 then the next byte. */
function readBits(bytes: Uint8Array, start: number, count: number): bigint {
  let value = 0n;
  for (let bit = start; bit < start + count; bit++) {
    const byte = bytes[bit >> 3]!;
    value = (value << 1n) | BigInt((byte >> (7 - (bit & 7))) & 1);
  }
  return value;
}

/** Two's complement over the field's own length for int; bigint above 53 bits. */
function toInteger(field: FieldSpec, raw: bigint): number | bigint {
  const value = field.type === 'int' ? BigInt.asIntN(field.length, raw) : raw;
  return field.length > MAX_NUMBER_BITS ? value : Number(value);
}

const scratch = new DataView(new ArrayBuffer(8));

/** IEEE 754 binary32/binary64 from the raw bits. */
function toFloat(bits: number, raw: bigint): number {
  if (bits === 32) {
    scratch.setUint32(0, Number(raw));
    return scratch.getFloat32(0);
  }
  scratch.setBigUint64(0, raw);
  return scratch.getFloat64(0);
}
