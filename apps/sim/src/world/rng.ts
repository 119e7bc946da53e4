import type { Rng } from './types.ts';

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter), seeded through splitmix32:
 * tiny, fast in V8 with 32-bit integer ops, and good enough statistically for a
 * simulator. Everything random in the world goes through it, so one seed gives
 * byte-identical output.
 */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const split = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  let spare: number | undefined;
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    normal: (mean = 0, sigma = 1) => {
      if (spare !== undefined) {
        const z = spare;
        spare = undefined;
        return mean + sigma * z;
      }
      const u = 1 - next();
      const r = Math.sqrt(-2 * Math.log(u));
      const theta = 2 * Math.PI * next();
      spare = r * Math.sin(theta);
      return mean + sigma * r * Math.cos(theta);
    },
    chance: (p) => next() < p,
  };
}

/** murmur3's 32-bit finaliser: a cheap, well-mixed bijection. */
function fmix(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A 32-bit hash of three integers: seeds sub-streams and keys shadowing. */
export function hashInts(a: number, b: number, c = 0): number {
  return fmix(Math.imul(fmix(Math.imul(fmix(a | 0) ^ (b | 0), 0x01000193)) ^ (c | 0), 0x01000193));
}

/** A standard normal deviate that depends only on `h` (Box-Muller on two further hashes of it). */
export function hashNormal(h: number): number {
  const u = 1 - fmix(h ^ 0x51ed270b) / 4294967296;
  const v = fmix(h ^ 0x2705a3c1) / 4294967296;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
