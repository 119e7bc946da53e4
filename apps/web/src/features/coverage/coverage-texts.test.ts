import { describe, expect, it } from 'vitest';
import { formatPoint, parsePoint, readCoordinate } from './coordinates.ts';
import {
  COVERAGE_MODES,
  MODE_ASSUMPTIONS,
  parseMode,
  REDUNDANCY_MEANINGS,
  REDUNDANCY_WORDS,
  redundancyClass,
} from './coverage-texts.ts';

describe('coverage explanations', () => {
  it('says what each redundancy means, from no station to three or more', () => {
    expect(REDUNDANCY_WORDS).toEqual({
      0: 'No coverage',
      1: '1 station',
      2: '2 stations',
      3: '3 or more stations',
    });
    expect(REDUNDANCY_MEANINGS[0]).toMatch(/^No base station hears/);
    expect(REDUNDANCY_MEANINGS[1]).toMatch(/One base station.*no redundancy/);
    expect(REDUNDANCY_MEANINGS[2]).toMatch(/^Two base stations/);
    expect(REDUNDANCY_MEANINGS[3]).toMatch(/Three or more.*best/);
  });

  it("states each mode's penetration loss (domain notes: 0, 20, 30 dB)", () => {
    expect(COVERAGE_MODES).toEqual(['OUTDOOR', 'INDOOR', 'UNDERGROUND']);
    expect(MODE_ASSUMPTIONS.OUTDOOR).toMatch(/open, no penetration loss/);
    expect(MODE_ASSUMPTIONS.INDOOR).toMatch(/building.*20 dB/);
    expect(MODE_ASSUMPTIONS.UNDERGROUND).toMatch(/basement.*30 dB/);
  });

  it('reads the mode from the URL, INDOOR when absent or unknown', () => {
    expect(parseMode('UNDERGROUND')).toBe('UNDERGROUND');
    expect(parseMode(null)).toBe('INDOOR');
    expect(parseMode('indoor-ish')).toBe('INDOOR');
  });

  it('names the map class of a redundancy', () => {
    expect(redundancyClass(2)).toBe('r2');
    expect(redundancyClass(null)).toBe('unknown');
  });
});

describe('coordinates', () => {
  it('reads decimal degrees and says what is wrong otherwise', () => {
    expect(readCoordinate(' 43.6045 ', 'latitude')).toBe(43.6045);
    expect(readCoordinate('-180', 'longitude')).toBe(-180);
    expect(readCoordinate('90.5', 'latitude')).toBe('must be between -90 and 90');
    expect(readCoordinate('1e3', 'longitude')).toBe('must be a decimal number, like 43.6045');
    expect(readCoordinate('', 'longitude')).toBe('is missing');
  });

  it('writes and reads a point in the URL', () => {
    expect(formatPoint({ lat: 43.6, lng: 1.44 })).toBe('43.60000,1.44000');
    expect(parsePoint('43.60000,1.44000')).toEqual({ lat: 43.6, lng: 1.44 });
    expect(parsePoint('91,0')).toBeUndefined();
    expect(parsePoint(null)).toBeUndefined();
  });
});
