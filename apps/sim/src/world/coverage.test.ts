import { describe, expect, it } from 'vitest';
import { createBaseStations } from './base-stations.ts';
import { CITIES } from './cities.ts';
import { linkQuality, meanRssi, redundancy } from './coverage.ts';
import { hataLoss } from './path-loss.ts';
import { createRng } from './rng.ts';
import type { CoverageMode } from './types.ts';

const stations = createBaseStations(createRng(7));

describe('linkQuality (domain-notes RC1 thresholds)', () => {
  it('is LIMIT at and below -135 dBm whatever the station count', () => {
    expect(linkQuality(-135, 3)).toBe('LIMIT');
    expect(linkQuality(-140, 1)).toBe('LIMIT');
  });
  it('is GOOD or AVERAGE just above -135 dBm depending on the count', () => {
    expect(linkQuality(-134.9, 3)).toBe('GOOD');
    expect(linkQuality(-134.9, 2)).toBe('AVERAGE');
    expect(linkQuality(-134.9, 1)).toBe('AVERAGE');
  });
  it('treats -122 dBm as the top of the middle band', () => {
    expect(linkQuality(-122, 3)).toBe('GOOD');
    expect(linkQuality(-122, 2)).toBe('AVERAGE');
    expect(linkQuality(-121.9, 3)).toBe('EXCELLENT');
    expect(linkQuality(-121.9, 2)).toBe('GOOD');
    expect(linkQuality(-121.9, 1)).toBe('GOOD');
  });
  it('counts 3 or more stations alike', () => {
    expect(linkQuality(-100, 7)).toBe('EXCELLENT');
  });
});

describe('Okumura-Hata at 868 MHz', () => {
  it('clamps distances under 1 km to 1 km', () => {
    expect(hataLoss(0.2, 30, 'urban')).toBe(hataLoss(1, 30, 'urban'));
  });
  it('gives the outdoor ranges of domain-notes: about 7-8 km urban, 13-15 km suburban', () => {
    const budget = 14 + 142;
    const range = (env: 'urban' | 'suburban') => {
      let d = 1;
      while (hataLoss(d, 30, env) < budget) d += 0.1;
      return d;
    };
    expect(range('urban')).toBeGreaterThan(6.5);
    expect(range('urban')).toBeLessThan(8.5);
    expect(range('suburban')).toBeGreaterThan(12);
    expect(range('suburban')).toBeLessThan(16);
  });
  it('orders the environments: urban loses most, open least', () => {
    expect(hataLoss(5, 30, 'urban')).toBeGreaterThan(hataLoss(5, 30, 'suburban'));
    expect(hataLoss(5, 30, 'suburban')).toBeGreaterThan(hataLoss(5, 30, 'open'));
  });
});

describe('redundancy', () => {
  it('has a few hundred stations', () => {
    expect(stations.length).toBeGreaterThanOrEqual(200);
    expect(stations.length).toBeLessThanOrEqual(600);
  });
  it('is 3 outdoors at the centre of every large city', () => {
    for (const city of CITIES.filter((c) => c.size === 3)) {
      expect(redundancy(stations, city.lat, city.lng, 'OUTDOOR'), city.name).toBe(3);
    }
  });
  it('reaches 3 indoors within 2 km of central Paris', () => {
    let best = 0;
    for (let dy = -0.015; dy <= 0.015; dy += 0.003) {
      for (let dx = -0.02; dx <= 0.02; dx += 0.004) {
        best = Math.max(best, redundancy(stations, 48.8566 + dy, 2.3522 + dx, 'INDOOR'));
      }
    }
    expect(best).toBe(3);
  });
  it('is 0 in the middle of the Atlantic and of the Pacific', () => {
    for (const mode of ['OUTDOOR', 'INDOOR', 'UNDERGROUND'] as const) {
      expect(redundancy(stations, 35, -40, mode)).toBe(0);
      expect(redundancy(stations, -10, -140, mode)).toBe(0);
    }
  });
  it('is monotone: OUTDOOR >= INDOOR >= UNDERGROUND at many points', () => {
    const rng = createRng(3);
    let differing = 0;
    for (let i = 0; i < 2000; i++) {
      const city = rng.pick(CITIES);
      const lat = city.lat + rng.float(-0.3, 0.3);
      const lng = city.lng + rng.float(-0.4, 0.4);
      const [o, n, u] = (['OUTDOOR', 'INDOOR', 'UNDERGROUND'] as CoverageMode[]).map((m) =>
        redundancy(stations, lat, lng, m),
      );
      expect(o).toBeGreaterThanOrEqual(n!);
      expect(n).toBeGreaterThanOrEqual(u!);
      if (o !== u) differing++;
    }
    // The modes must actually matter, not merely tie everywhere.
    expect(differing).toBeGreaterThan(200);
  });
  it('gives the same answer for the same point, and shadowing varies between points', () => {
    const s = stations[0]!;
    expect(meanRssi(s, s.lat + 0.03, s.lng)).toBe(meanRssi(s, s.lat + 0.03, s.lng));
    const around = [0.03, 0.031, 0.032, 0.033].map((d) => meanRssi(s, s.lat + d, s.lng));
    expect(new Set(around).size).toBe(4);
  });
});
