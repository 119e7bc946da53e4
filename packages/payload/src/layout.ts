import { bitLength, startBit } from './field-geometry.ts';
import { toParsed } from './parse.ts';
import type { Endianness, FieldType, ParsedConfig } from './types.ts';

/** One bit of the payload a field occupies. */
export interface LayoutCell {
  /** Byte index in the payload. */
  byte: number;
  /** Bit in that byte, 7 (most significant) to 0. */
  bit: number;
  /**
   * Weight of this bit in the field's raw value, 0 being the least significant: after the
   * little-endian byte swap for numbers; for char, counted over the whole string (first byte highest).
   */
  valueBit: number;
}

/** Where a field sits in the payload, for drawing a bit map of a message. */
export interface FieldLayout {
  name: string;
  type: FieldType;
  /** Same units as `FieldSpec.length`: bits, or bytes for char. */
  length: number;
  endianness: Endianness;
  /** Cells in read order: from the first bit read (byte `byteIndex`, bit `bitOffset`) towards bit 0, then on. */
  cells: LayoutCell[];
}

/**
 * The bits each field occupies, in read order. Fields may share bits (the omitted-index rules
 * allow it); a console can spot that by cells that appear under two fields.
 * Throws `PayloadConfigError` for a bad config string.
 */
export function layout(config: string | ParsedConfig): FieldLayout[] {
  return toParsed(config).fields.map((field) => {
    const bits = bitLength(field);
    const start = startBit(field);
    const cells: LayoutCell[] = [];
    for (let i = 0; i < bits; i++) {
      const bit = start + i;
      // Big-endian: the i-th bit read weighs bits-1-i. Little-endian: the k-th byte read is the k-th least significant.
      const valueBit = field.endianness === 'little' ? (i >> 3) * 8 + (7 - (i & 7)) : bits - 1 - i;
      cells.push({ byte: bit >> 3, bit: 7 - (bit & 7), valueBit });
    }
    return { name: field.name, type: field.type, length: field.length, endianness: field.endianness, cells };
  });
}
