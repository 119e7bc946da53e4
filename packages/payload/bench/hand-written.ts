import type { DecodeResult } from '../src/index.ts';

/** The config the hand-written decoder below implements, byte for byte. */
export const BENCH_CONFIG =
  'flags::uint:4 alarm:0:bool:3 low::bool:2 temp:1:int:16:little-endian hum::uint:8 pressure::uint:24 volt::float:32 count::uint:8';

const NIBBLE = new Int8Array(128).fill(-1);
for (const [i, digit] of [...'0123456789abcdef'].entries()) {
  NIBBLE[digit.charCodeAt(0)] = i;
  NIBBLE[digit.toUpperCase().charCodeAt(0)] = i;
}

// One buffer for every call: allocating a typed array per message costs more than the decoding.
const bytes = new Uint8Array(12);
const view = new DataView(bytes.buffer);

/**
 * What a careful engineer would write by hand for exactly BENCH_CONFIG: hex to bytes with a lookup
 * table into a reused buffer, then DataView reads at fixed offsets. Handles only full 12-byte
 * payloads: it is the ceiling to compare the generic decoders against, not a general decoder.
 */
export function handWrittenDecode(hex: string): DecodeResult {
  if (hex.length !== 24) throw new Error('hand-written decoder expects exactly 12 bytes');
  for (let i = 0; i < 12; i++) {
    const high = NIBBLE[hex.charCodeAt(2 * i)] ?? -1;
    const low = NIBBLE[hex.charCodeAt(2 * i + 1)] ?? -1;
    if ((high | low) < 0) throw new Error(`bad hex at ${2 * i}`);
    bytes[i] = (high << 4) | low;
  }
  const b0 = bytes[0]!;
  return {
    values: {
      flags: b0 >> 4,
      alarm: (b0 & 0x08) !== 0,
      low: (b0 & 0x04) !== 0,
      temp: view.getInt16(1, true),
      hum: bytes[3]!,
      pressure: (bytes[4]! << 16) | view.getUint16(5),
      volt: view.getFloat32(7),
      count: bytes[11]!,
    },
    warnings: [],
  };
}
