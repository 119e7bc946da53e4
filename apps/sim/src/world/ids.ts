import type { Rng } from './types.ts';

const HEX = '0123456789abcdef';

export function hexString(rng: Rng, digits: number): string {
  let out = '';
  for (let i = 0; i < digits; i++) out += HEX[Math.floor(rng.next() * 16)];
  return out;
}

/**
 * A 24-hex object id shaped like the backend's (MongoDB ObjectIds: 4 bytes of
 * creation time in seconds, then 8 random bytes), as in the reference examples.
 */
export function objectId(rng: Rng, createdSec: number): string {
  return (Math.floor(createdSec) >>> 0).toString(16).padStart(8, '0') + hexString(rng, 16);
}

/**
 * The i-th device id: an odd-multiplier bijection over 24 bits, so ids look
 * scattered yet never collide (up to 16.7 million devices), upper-case hex as the API answers.
 */
export function deviceId(index: number, offset: number): string {
  const n = (Math.imul(index, 0x9e3779b1) + offset) & 0xffffff;
  return n.toString(16).toUpperCase().padStart(6, '0');
}
