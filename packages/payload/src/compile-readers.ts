import { CHAR_TEXT } from './char-text.ts';
import { MAX_NUMBER_BITS } from './decode.ts';
import { bitLength, startBit } from './field-geometry.ts';
import type { DecodedValue, FieldSpec } from './types.ts';

/** Reads one field from the payload bytes (already checked to be long enough). */
export type FieldReader = (bytes: Uint8Array, view: DataView) => DecodedValue;
type RawReader = (bytes: Uint8Array) => number;

/**
 * Up to 53 bits from absolute bit `start` (bit 7 of byte 0 is bit 0), most significant first.
 * Multiplication instead of shifts keeps values above 2^31 exact.
 */
export function readUnsigned(bytes: Uint8Array, start: number, count: number): number {
  let index = start >> 3;
  const available = 8 - (start & 7);
  let value = bytes[index]! & (0xff >> (start & 7));
  if (count <= available) return value >> (available - count);
  let remaining = count - available;
  index++;
  while (remaining >= 8) {
    value = value * 256 + bytes[index++]!;
    remaining -= 8;
  }
  return remaining > 0 ? value * 2 ** remaining + (bytes[index]! >> (8 - remaining)) : value;
}

/** A reader specialised for the field's type, length, alignment and byte order. */
export function fieldReader(field: FieldSpec): FieldReader {
  const at = field.byteIndex;
  switch (field.type) {
    case 'bool': {
      const shift = field.bitOffset;
      return (bytes) => ((bytes[at]! >> shift) & 1) === 1;
    }
    case 'char':
      return charReader(field);
    case 'float':
      return floatReader(field);
    case 'uint':
    case 'int':
      return field.length > MAX_NUMBER_BITS ? bigReader(field) : numberReader(field);
  }
}

function charReader(field: FieldSpec): FieldReader {
  const { byteIndex: at, length } = field;
  const start = startBit(field);
  if (field.bitOffset === 7) {
    return (bytes) => {
      let text = '';
      for (let i = 0; i < length; i++) text += CHAR_TEXT[bytes[at + i]!];
      return text;
    };
  }
  return (bytes) => {
    let text = '';
    for (let i = 0; i < length; i++) text += CHAR_TEXT[readUnsigned(bytes, start + 8 * i, 8)];
    return text;
  };
}

const scratch = new DataView(new ArrayBuffer(8));

function floatReader(field: FieldSpec): FieldReader {
  const at = field.byteIndex;
  const little = field.endianness === 'little';
  const start = startBit(field);
  if (field.length === 32) {
    if (field.bitOffset === 7) return (_, view) => view.getFloat32(at, little);
    return (bytes) => {
      scratch.setUint32(0, readUnsigned(bytes, start, 32));
      return scratch.getFloat32(0);
    };
  }
  if (field.bitOffset === 7) return (_, view) => view.getFloat64(at, little);
  return (bytes) => {
    scratch.setUint32(0, readUnsigned(bytes, start, 32));
    scratch.setUint32(4, readUnsigned(bytes, start + 32, 32));
    return scratch.getFloat64(0);
  };
}

/** int/uint of 53 bits or fewer: a number; int is two's complement over the field length. */
function numberReader(field: FieldSpec): FieldReader {
  const raw = rawReader(field);
  if (field.type === 'uint') return raw;
  const half = 2 ** (field.length - 1);
  const full = 2 ** field.length;
  return (bytes) => {
    const value = raw(bytes);
    return value >= half ? value - full : value;
  };
}

function rawReader(field: FieldSpec): RawReader {
  const at = field.byteIndex;
  const bits = field.length;
  if (field.endianness === 'little') {
    if (bits === 16) return (b) => b[at]! | (b[at + 1]! << 8);
    if (bits === 32) return (b) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;
    return (b) => {
      let value = 0;
      for (let i = bits / 8 - 1; i >= 0; i--) value = value * 256 + b[at + i]!;
      return value;
    };
  }
  if (field.bitOffset === 7) {
    if (bits === 8) return (b) => b[at]!;
    if (bits === 16) return (b) => (b[at]! << 8) | b[at + 1]!;
    if (bits === 24) return (b) => (b[at]! << 16) | (b[at + 1]! << 8) | b[at + 2]!;
    if (bits === 32) return (b) => b[at]! * 0x1000000 + ((b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!);
  }
  const start = startBit(field);
  return (b) => readUnsigned(b, start, bits);
}

/** int/uint over 53 bits: a bigint built from a high part and the low 32 bits. */
function bigReader(field: FieldSpec): FieldReader {
  const at = field.byteIndex;
  const bits = field.length;
  const start = startBit(field);
  const signed = field.type === 'int';
  const join = (high: number, low: number) => {
    const value = (BigInt(high) << 32n) | BigInt(low);
    return signed ? BigInt.asIntN(bits, value) : value;
  };
  if (field.endianness === 'little') {
    return (b) => {
      let high = 0;
      for (let i = bitLength(field) / 8 - 1; i >= 4; i--) high = high * 256 + b[at + i]!;
      return join(high, (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000);
    };
  }
  return (b) => join(readUnsigned(b, start, bits - 32), readUnsigned(b, start + bits - 32, 32));
}
