import { charTextToBytes } from './char-text.ts';
import { PayloadEncodeError } from './errors.ts';
import { bitLength } from './field-geometry.ts';
import type { DecodedValue, FieldSpec } from './types.ts';

/**
 * A field value as the unsigned integer of its bits, most significant first, before any
 * little-endian byte swap. Throws {@link PayloadEncodeError} naming the field when it does not fit.
 */
export function valueToRaw(field: FieldSpec, value: DecodedValue): bigint {
  switch (field.type) {
    case 'bool':
      if (typeof value !== 'boolean') throw fail(field, `expects a boolean, got ${describe(value)}`);
      return value ? 1n : 0n;
    case 'char':
      return charToRaw(field, value);
    case 'float':
      return floatToRaw(field, value);
    case 'uint':
    case 'int':
      return integerToRaw(field, value);
  }
}

function charToRaw(field: FieldSpec, value: DecodedValue): bigint {
  if (typeof value !== 'string') throw fail(field, `expects a string, got ${describe(value)}`);
  const bytes = charTextToBytes(value);
  if (typeof bytes === 'string') throw fail(field, bytes);
  if (bytes.length !== field.length) {
    throw fail(field, `char:${field.length} expects exactly ${field.length} bytes, got ${bytes.length}`);
  }
  return bytes.reduce((raw, byte) => (raw << 8n) | BigInt(byte), 0n);
}

/** Special float spellings accepted so that `toJsonValues` output encodes back. */
const FLOAT_WORDS: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  Infinity: Infinity,
  '-Infinity': -Infinity,
};
const scratch = new DataView(new ArrayBuffer(8));

function floatToRaw(field: FieldSpec, value: DecodedValue): bigint {
  const number = typeof value === 'string' ? FLOAT_WORDS[value] : value;
  if (typeof number !== 'number') throw fail(field, `expects a number, got ${describe(value)}`);
  if (field.length === 64) {
    scratch.setFloat64(0, number);
    return scratch.getBigUint64(0);
  }
  // Rounding to the nearest binary32 is expected (21.3 is not exact in any float); overflowing is not.
  if (Number.isFinite(number) && !Number.isFinite(Math.fround(number))) {
    throw fail(field, `${number} is outside the float32 range`);
  }
  scratch.setFloat32(0, number);
  return BigInt(scratch.getUint32(0));
}

function integerToRaw(field: FieldSpec, value: DecodedValue): bigint {
  const integer = toBigInt(field, value);
  const bits = BigInt(field.length);
  const [min, max] =
    field.type === 'uint' ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
  if (integer < min || integer > max) {
    throw fail(field, `${integer} does not fit ${field.type}:${field.length} (${min} to ${max})`);
  }
  return BigInt.asUintN(field.length, integer);
}

function toBigInt(field: FieldSpec, value: DecodedValue): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string' && /^-?[0-9]+$/.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isInteger(value)) {
    // A number past 2^53 may already have been rounded: demand a bigint or a decimal string instead.
    if (!Number.isSafeInteger(value))
      throw fail(field, `${value} is not a safe integer; pass a bigint or a decimal string`);
    return BigInt(value);
  }
  throw fail(field, `expects an integer (number, bigint or decimal string), got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (typeof value === 'bigint') return `${value}n`;
  return `${typeof value} ${String(value)}`;
}

function fail(field: FieldSpec, message: string): PayloadEncodeError {
  return new PayloadEncodeError(field.name, message);
}

/** Bits of a field as written on the wire, in read order: little-endian fields get their bytes reversed. */
export function wireRaw(field: FieldSpec, raw: bigint): bigint {
  if (field.endianness === 'big') return raw;
  let swapped = 0n;
  for (let i = 0; i < bitLength(field) / 8; i++) swapped = (swapped << 8n) | ((raw >> BigInt(8 * i)) & 0xffn);
  return swapped;
}
