import { charTextToBytes } from './char-text.ts';
import { PayloadEncodeError } from './errors.ts';
import type { DecodedValue, FieldSpec } from './types.ts';

/**
 * A field's bits as an unsigned integer split in two numbers, `high * 2^32 + low`, before any
 * little-endian byte swap; chars are their bytes. Numbers keep the common cases free of BigInt.
 */
export type FieldBits = { high: number; low: number } | { bytes: number[] };

const TWO_32 = 2 ** 32;

/** A field value as bits, range-checked. Throws {@link PayloadEncodeError} naming the field. */
export function valueToBits(field: FieldSpec, value: DecodedValue): FieldBits {
  switch (field.type) {
    case 'bool':
      if (typeof value !== 'boolean') throw fail(field, `expects a boolean, got ${describe(value)}`);
      return { high: 0, low: value ? 1 : 0 };
    case 'char':
      return { bytes: charBytes(field, value) };
    case 'float':
      return floatBits(field, value);
    case 'uint':
    case 'int':
      return integerBits(field, value);
  }
}

function charBytes(field: FieldSpec, value: DecodedValue): number[] {
  if (typeof value !== 'string') throw fail(field, `expects a string, got ${describe(value)}`);
  const bytes = charTextToBytes(value);
  if (typeof bytes === 'string') throw fail(field, bytes);
  if (bytes.length !== field.length) {
    throw fail(field, `char:${field.length} expects exactly ${field.length} bytes, got ${bytes.length}`);
  }
  return bytes;
}

/** Special float spellings accepted so that `toJsonValues` output encodes back. */
const FLOAT_WORDS: Readonly<Record<string, number>> = {
  NaN: Number.NaN,
  Infinity: Infinity,
  '-Infinity': -Infinity,
};
const scratch = new DataView(new ArrayBuffer(8));

function floatBits(field: FieldSpec, value: DecodedValue): FieldBits {
  const number = typeof value === 'string' ? FLOAT_WORDS[value] : value;
  if (typeof number !== 'number') throw fail(field, `expects a number, got ${describe(value)}`);
  if (field.length === 64) {
    scratch.setFloat64(0, number);
    return { high: scratch.getUint32(0), low: scratch.getUint32(4) };
  }
  // Rounding to the nearest binary32 is expected (21.3 is not exact in any float); overflowing is not.
  if (Number.isFinite(number) && !Number.isFinite(Math.fround(number))) {
    throw fail(field, `${number} is outside the float32 range`);
  }
  scratch.setFloat32(0, number);
  return { high: 0, low: scratch.getUint32(0) };
}

function integerBits(field: FieldSpec, value: DecodedValue): FieldBits {
  const bits = field.length;
  // Fast path: a safe integer in range of a field of 53 bits or fewer, all in float arithmetic.
  if (typeof value === 'number' && bits <= 53 && Number.isSafeInteger(value)) {
    const min = field.type === 'uint' ? 0 : -(2 ** (bits - 1));
    const max = field.type === 'uint' ? 2 ** bits - 1 : 2 ** (bits - 1) - 1;
    if (value >= min && value <= max) {
      const unsigned = value < 0 ? value + 2 ** bits : value; // two's complement over the field length
      return { high: Math.floor(unsigned / TWO_32), low: unsigned % TWO_32 };
    }
  }
  const integer = toBigInt(field, value);
  const size = BigInt(bits);
  const [min, max] =
    field.type === 'uint' ? [0n, (1n << size) - 1n] : [-(1n << (size - 1n)), (1n << (size - 1n)) - 1n];
  if (integer < min || integer > max) {
    throw fail(field, `${integer} does not fit ${field.type}:${bits} (${min} to ${max})`);
  }
  const unsigned = BigInt.asUintN(bits, integer);
  return { high: Number(unsigned >> 32n), low: Number(unsigned & 0xffffffffn) };
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
