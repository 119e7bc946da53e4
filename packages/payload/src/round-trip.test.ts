import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';
import { encode } from './encode.ts';
import { bitLength, lastByte, startBit } from './field-geometry.ts';
import { bytesToHex } from './hex.ts';
import { configValues, parsedConfig } from './testing/arbitraries.ts';
import type { ParsedConfig } from './types.ts';

/** Bits covered by each field, to tell configs whose fields share bits. */
function overlaps(config: ParsedConfig): boolean {
  const seen = new Set<number>();
  for (const field of config.fields) {
    for (let bit = startBit(field); bit < startBit(field) + bitLength(field); bit++) {
      if (seen.has(bit)) return true;
      seen.add(bit);
    }
  }
  return false;
}

function payloadSize(config: ParsedConfig): number {
  return Math.max(...config.fields.map((field) => lastByte(field) + 1));
}

describe('encode/decode round trips', () => {
  it('decode(encode(v)) == v for any values of a config whose fields do not overlap', () => {
    const cases = parsedConfig()
      .filter((config) => !overlaps(config))
      .chain((config) => fc.tuple(fc.constant(config), configValues(config)));
    fc.assert(
      fc.property(cases, ([config, values]) => {
        const hex = encode(config, values);
        expect(hex).toHaveLength(payloadSize(config) * 2);
        expect(decode(config, hex).values).toEqual(values);
      }),
      { numRuns: 500 },
    );
  });

  it('re-encodes what it decodes, overlapping fields included', () => {
    const cases = parsedConfig().chain((config) =>
      fc.tuple(
        fc.constant(config),
        fc.uint8Array({ minLength: payloadSize(config), maxLength: payloadSize(config) }),
      ),
    );
    fc.assert(
      fc.property(cases, ([config, bytes]) => {
        const decoded = decode(config, bytesToHex(bytes));
        // A NaN re-encodes as the canonical quiet NaN, so its payload bits are not kept.
        fc.pre(!Object.values(decoded.values).some((value) => Number.isNaN(value)));
        const hex = encode(config, decoded.values);
        expect(decode(config, hex)).toEqual(decoded);
        // Every bit some field covers comes back as it was; the others are 0.
        const again = Buffer.from(hex, 'hex');
        for (const field of config.fields) {
          for (let bit = startBit(field); bit < startBit(field) + bitLength(field); bit++) {
            const mask = 1 << (7 - (bit & 7));
            expect(again[bit >> 3]! & mask).toBe(bytes[bit >> 3]! & mask);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
