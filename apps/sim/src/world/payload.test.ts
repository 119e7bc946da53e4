import { decode, encode } from '@sfc/payload';
import { describe, expect, it } from 'vitest';
import { MODELS } from './models.ts';
import { encodePayload, payloadHex } from './payload.ts';
import { createRng } from './rng.ts';

describe('payloads', () => {
  it('match @sfc/payload encode exactly and decode back to the values', () => {
    const rng = createRng(9);
    for (const model of MODELS.filter((m) => m.values)) {
      for (let i = 0; i < 300; i++) {
        const ctx = {
          key: rng.int(0, 2 ** 32 - 1),
          timeSec: 1_780_000_000 + rng.int(0, 86400 * 30),
          lat: rng.float(-60, 60),
          lng: rng.float(-170, 170),
          accuracyM: rng.int(3, 40),
          rng,
        };
        const values = model.values!(ctx);
        const hex = encodePayload(model.payloadConfig!, values);
        expect(hex).toBe(encode(model.payloadConfig!, values));
        const decoded = decode(model.payloadConfig!, hex).values;
        for (const [name, value] of Object.entries(values)) {
          if (typeof value === 'number' && !Number.isInteger(value)) {
            expect(decoded[name]).toBeCloseTo(value, 3);
          } else expect(decoded[name], `${model.key}.${name}`).toBe(value);
        }
      }
    }
  });

  it('encodes wide integer fields chunk by chunk exactly as encode does, edges included', () => {
    const config = 'a::int:24 b::uint:32:little-endian c::int:32 d::uint:20:3 e::int:17:little-endian:7';
    // e is not a whole number of bytes: little-endian is refused, and the error must still come from encode.
    expect(() => encodePayload(config, { a: 0, b: 0, c: 0, d: 0, e: 0 })).toThrow();
    const ok = 'a::int:24 b::uint:32:little-endian c::int:32 d:11:uint:20:3';
    const edges = [
      [0, 0, 0, 0],
      [-1, 1, -1, 1],
      [-(2 ** 23), 2 ** 32 - 1, -(2 ** 31), 2 ** 20 - 1],
      [2 ** 23 - 1, 256, 2 ** 31 - 1, 255],
      [-256, 65536, -65536, 4096],
    ];
    for (const [a, b, c, d] of edges) {
      const values = { a: a!, b: b!, c: c!, d: d! };
      expect(encodePayload(ok, values)).toBe(encode(ok, values));
    }
    expect(() => encodePayload(ok, { a: 2 ** 23, b: 0, c: 0, d: 0 })).toThrow(/a/);
  });

  it('writes String payloads as ASCII and None payloads as free bytes, all within 12 bytes', () => {
    const rng = createRng(4);
    const ctx = { key: 1, timeSec: 1_780_000_000, lat: 0, lng: 0, accuracyM: 5, rng };
    const button = MODELS.find((m) => m.payloadType === 'String')!;
    const text = Buffer.from(payloadHex(button, ctx, 1), 'hex').toString('ascii');
    expect(text).toMatch(/^(HB|BTN:\d|BAT:\d+)$/);
    const devkit = MODELS.find((m) => m.payloadType === 'None')!;
    for (let i = 0; i < 50; i++) {
      const hex = payloadHex(devkit, ctx, 0xabc);
      expect(hex).toMatch(/^0abc(?:[0-9a-f]{2}){0,6}$/);
    }
  });
});
