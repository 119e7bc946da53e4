import { describe, expect, it } from 'vitest';
import { DOWNLINK_VARIABLE_BYTES, DownlinkDataString, downlinkDataProblems } from './downlink-data.ts';

describe('DownlinkDataString', () => {
  it('accepts exactly 8 bytes of hex in either case', () => {
    expect(DownlinkDataString.safeParse('deadbeefcafebabe').success).toBe(true);
    expect(DownlinkDataString.safeParse('DEADBEEFCAFEBABE').success).toBe(true);
  });

  it('refuses 7 or 9 bytes', () => {
    expect(DownlinkDataString.safeParse('deadbeefcafeba').success).toBe(false);
    expect(DownlinkDataString.safeParse('deadbeefcafebabe00').success).toBe(false);
  });

  it('counts {time} as 4 bytes, {tapId} as 2 and {rssi} as 2', () => {
    expect(DOWNLINK_VARIABLE_BYTES).toEqual({ time: 4, tapId: 2, rssi: 2 });
    expect(DownlinkDataString.safeParse('{time}{tapId}{rssi}').success).toBe(true);
    expect(DownlinkDataString.safeParse('{time}deadbeef').success).toBe(true);
    expect(DownlinkDataString.safeParse('{tapId}{rssi}deadbeef').success).toBe(true);
    expect(DownlinkDataString.safeParse('{rssi}000000000000').success).toBe(true);
    expect(DownlinkDataString.safeParse('{time}{time}').success).toBe(true);
  });

  it('refuses variables that leave the total short or long', () => {
    expect(downlinkDataProblems('{time}{tapId}')).toEqual([
      'must be exactly 8 bytes (16 hex digits), found 6',
    ]);
    expect(DownlinkDataString.safeParse('{time}{time}00').success).toBe(false);
  });

  it('refuses unknown variables, odd hex digits and other characters', () => {
    expect(downlinkDataProblems('{device}deadbeef0000')[0]).toMatch(/unknown variable \{device\}/);
    expect(downlinkDataProblems('{rssi}a00000000000b')[0]).toMatch(/pairs/);
    expect(downlinkDataProblems('deadbeef-cafebab')[0]).toMatch(/unexpected character "-"/);
  });
});
