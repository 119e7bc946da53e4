import type { FieldSpec } from './types.ts';

/** Bits a field occupies: char lengths are in bytes, every other length in bits. */
export function bitLength(field: Pick<FieldSpec, 'type' | 'length'>): number {
  return field.type === 'char' ? field.length * 8 : field.length;
}

/** Absolute index of the first bit read, counting bit 7 of byte 0 as 0. */
export function startBit(field: Pick<FieldSpec, 'byteIndex' | 'bitOffset'>): number {
  return field.byteIndex * 8 + (7 - field.bitOffset);
}

/** Absolute index one past the last bit read. */
export function endBit(field: FieldSpec): number {
  return startBit(field) + bitLength(field);
}

/** The last byte a field touches. */
export function lastByte(field: FieldSpec): number {
  return Math.floor((endBit(field) - 1) / 8);
}

/** Short description used in warnings and errors, e.g. `uint:32 at byte 8, bit 2`. */
export function describeField(field: FieldSpec): string {
  const endian = field.endianness === 'little' ? ':little-endian' : '';
  return `${field.type}:${field.length}${endian} at byte ${field.byteIndex}, bit ${field.bitOffset}`;
}
