import { PayloadHexError } from './errors.ts';

/** Nibble value per UTF-16 code unit, -1 for anything that is not a hex digit. */
const NIBBLE = new Int8Array(65536).fill(-1);
for (let i = 0; i < 16; i++) {
  const digit = i.toString(16);
  NIBBLE[digit.charCodeAt(0)] = i;
  NIBBLE[digit.toUpperCase().charCodeAt(0)] = i;
}

/** Sigfox uplinks carry 0 to 12 bytes (domain-notes "Radio facts"). */
export const MAX_UPLINK_BYTES = 12;

/**
 * Decodes a hex payload (either case, no prefix, no separators) into `target`, which must hold
 * `hex.length / 2` bytes. Throws {@link PayloadHexError} on odd length or a non-hex character.
 */
export function hexInto(hex: string, target: Uint8Array): void {
  const count = hex.length >> 1;
  for (let i = 0; i < count; i++) {
    const high = NIBBLE[hex.charCodeAt(2 * i)]!;
    const low = NIBBLE[hex.charCodeAt(2 * i + 1)]!;
    if ((high | low) < 0) throw badCharacter(hex, 2 * i + (high < 0 ? 0 : 1));
    target[i] = (high << 4) | low;
  }
}

/** Validates the length of a hex payload and returns its byte count. */
export function hexByteLength(hex: string): number {
  if (typeof hex !== 'string') throw new PayloadHexError('hex payload must be a string');
  if (hex.length % 2 !== 0) {
    throw new PayloadHexError(`hex payload has an odd number of digits (${hex.length}); each byte needs two`);
  }
  return hex.length >> 1;
}

/** Hex string to a fresh byte array. */
export function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hexByteLength(hex));
  hexInto(hex, bytes);
  return bytes;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Bytes to lowercase hex. */
export function bytesToHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += BYTE_HEX[byte];
  return hex;
}

/** The warning for payloads longer than a Sigfox uplink; they still decode. */
export function oversizeWarning(byteCount: number): string {
  return `payload is ${byteCount} bytes; Sigfox uplinks carry at most ${MAX_UPLINK_BYTES}`;
}

function badCharacter(hex: string, index: number): PayloadHexError {
  return new PayloadHexError(
    `hex payload has a non-hex character ${JSON.stringify(hex[index])} at position ${index + 1}`,
  );
}
