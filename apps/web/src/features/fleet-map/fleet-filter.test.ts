import { describe, expect, it } from 'vitest';
import type { FleetDevice } from './fleet-device.ts';
import { filterIndices, matches, readFilter, snrBand } from './fleet-filter.ts';

const NOW = 1_800_000_000;
const device = (over: Partial<FleetDevice>): FleetDevice => ({
  id: '1A2B',
  name: 'Fridge 1',
  type: 'aaaaaaaaaaaaaaaaaaaaaaaa',
  typeName: 'Fridges',
  state: 0,
  last: NOW - 60,
  averageSnr: 15,
  lat: 43.6,
  lng: 1.44,
  radius: 500,
  ...over,
});

describe('readFilter', () => {
  it('reads every filter from the URL', () => {
    expect(readFilter({ type: 'abc', state: '4', silent: '24', snr: '2' })).toEqual({
      type: 'abc',
      state: 4,
      silentHours: 24,
      snr: 2,
    });
  });

  it('ignores values it cannot read, so a stale link still opens', () => {
    expect(readFilter({ state: '9', silent: 'soon', snr: '0' })).toEqual({});
    expect(readFilter({ state: '1.5', silent: '0' })).toEqual({});
  });
});

describe('snrBand', () => {
  it('uses the bands of the devices endpoint: under 10, 10-13, 13-20, over 20 dB', () => {
    expect([undefined, -3, 9.9, 10, 12.9, 13, 19.9, 20, 35].map(snrBand)).toEqual([
      undefined,
      1,
      1,
      2,
      2,
      3,
      3,
      4,
      4,
    ]);
  });
});

describe('matches', () => {
  it('keeps devices silent for longer than the hours asked, and those never heard', () => {
    const filter = { silentHours: 24 };
    expect(matches(device({ last: NOW - 25 * 3600 }), filter, NOW)).toBe(true);
    expect(matches(device({ last: 0 }), filter, NOW)).toBe(true);
    expect(matches(device({ last: NOW - 23 * 3600 }), filter, NOW)).toBe(false);
  });

  it('combines type, state and SNR band', () => {
    const filter = { type: 'bbbbbbbbbbbbbbbbbbbbbbbb', state: 1 as const, snr: 3 as const };
    expect(matches(device({ type: 'bbbbbbbbbbbbbbbbbbbbbbbb', state: 1, averageSnr: 14 }), filter, NOW)).toBe(
      true,
    );
    expect(matches(device({ type: 'bbbbbbbbbbbbbbbbbbbbbbbb', state: 0, averageSnr: 14 }), filter, NOW)).toBe(
      false,
    );
    expect(matches(device({ state: 1, averageSnr: 14 }), filter, NOW)).toBe(false);
    expect(
      matches(device({ type: 'bbbbbbbbbbbbbbbbbbbbbbbb', state: 1, averageSnr: undefined }), filter, NOW),
    ).toBe(false);
  });
});

describe('filterIndices', () => {
  it('answers the indices of the devices that pass, in order', () => {
    const devices = [device({ state: 0 }), device({ state: 1 }), device({ state: 0 }), device({ state: 4 })];
    expect(Array.from(filterIndices(devices, { state: 0 }, NOW))).toEqual([0, 2]);
    expect(Array.from(filterIndices(devices, {}, NOW))).toEqual([0, 1, 2, 3]);
  });
});
