import { describe, expect, it } from 'vitest';
import { PayloadConfig } from './payload-config.ts';

describe('PayloadConfig', () => {
  it('accepts configs of the reference grammar', () => {
    expect(PayloadConfig.safeParse('int1::uint:8 int2::uint:8').success).toBe(true);
    expect(PayloadConfig.safeParse('b1::bool:7 b2::bool:6 i1:1:uint:16:little-endian').success).toBe(true);
  });

  it('refuses a config the parser refuses, naming the column', () => {
    const result = PayloadConfig.safeParse('x::uint:99');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/column 9/);
  });

  it('refuses an empty config', () => {
    expect(PayloadConfig.safeParse('').success).toBe(false);
  });
});
