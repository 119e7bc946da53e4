import { PayloadEncodeError } from './errors.ts';
import { bitLength, startBit } from './field-geometry.ts';
import type { FieldSpec } from './types.ts';

/**
 * Writes field bits into a payload, keeping track of which bits some field already wrote so that
 * overlapping fields (allowed by the omitted-index rules) must agree on the bits they share.
 */
export class BitWriter {
  readonly bytes: Uint8Array;
  private readonly covered: Uint8Array;

  constructor(
    size: number,
    private readonly fields: readonly FieldSpec[],
  ) {
    this.bytes = new Uint8Array(size);
    this.covered = new Uint8Array(size);
  }

  /** Writes the low `count` (at most 53) bits of `value` from absolute bit `start`, most significant first. */
  write(field: FieldSpec, start: number, count: number, value: number): void {
    let position = start;
    let left = count;
    while (left > 0) {
      const used = position & 7;
      const take = Math.min(8 - used, left);
      left -= take;
      const chunk = Math.floor(value / 2 ** left) % 2 ** take;
      const shift = 8 - used - take;
      this.put(field, position >> 3, ((1 << take) - 1) << shift, chunk << shift);
      position += take;
    }
  }

  private put(field: FieldSpec, index: number, mask: number, bits: number): void {
    const clash = this.covered[index]! & mask & (this.bytes[index]! ^ bits);
    if (clash !== 0) throw this.conflict(field, index, clash);
    this.bytes[index]! |= bits;
    this.covered[index]! |= mask;
  }

  private conflict(field: FieldSpec, index: number, clash: number): PayloadEncodeError {
    const bit = 31 - Math.clz32(clash);
    const absolute = index * 8 + 7 - bit;
    const other = this.fields.findLast(
      (f) => f !== field && startBit(f) <= absolute && absolute < startBit(f) + bitLength(f),
    );
    return new PayloadEncodeError(
      field.name,
      `overlaps field "${other?.name}" at byte ${index}, bit ${bit} with a different bit value`,
    );
  }
}
