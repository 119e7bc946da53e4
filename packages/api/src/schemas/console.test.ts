import { describe, expect, it } from 'vitest';
import {
  ConsoleSettings,
  CoverageBatchQuery,
  CoverageBatchResult,
  coveragePointsParam,
  MAX_COVERAGE_BATCH_POINTS,
} from './console.ts';

const issues = (input: unknown) =>
  CoverageBatchQuery.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);

describe('console settings', () => {
  it('takes no tiles, or tiles with url, attribution and subdomains', () => {
    expect(ConsoleSettings.parse({ map: { tiles: null } })).toEqual({ map: { tiles: null } });
    const tiles = {
      url: 'https://{s}.tile.example.org/{z}/{x}/{y}.png',
      attribution: '© E',
      subdomains: 'abc',
    };
    expect(ConsoleSettings.parse({ map: { tiles } })).toEqual({ map: { tiles } });
    expect(ConsoleSettings.safeParse({ map: { tiles: { ...tiles, url: 'javascript:x' } } }).success).toBe(
      false,
    );
    expect(ConsoleSettings.safeParse({ map: { tiles: { ...tiles, subdomains: 'a,b' } } }).success).toBe(
      false,
    );
    expect(ConsoleSettings.safeParse({ map: {} }).success).toBe(false);
  });
});

describe('coverage batch query', () => {
  it('reads lat,lng pairs separated by ; with mode INDOOR by default', () => {
    expect(CoverageBatchQuery.parse({ points: '43.6,1.44;-48.85,-2.35' })).toEqual({
      mode: 'INDOOR',
      points: [
        { lat: 43.6, lng: 1.44 },
        { lat: -48.85, lng: -2.35 },
      ],
    });
    expect(CoverageBatchQuery.parse({ points: '90,180', mode: 'UNDERGROUND' }).mode).toBe('UNDERGROUND');
  });

  it('names the bad point and coordinate', () => {
    expect(issues({ points: '0,0;1,1;91,0' })).toEqual([['points.2.lat', 'must be between -90 and 90']]);
    expect(issues({ points: '0,-180.5' })).toEqual([['points.0.lng', 'must be between -180 and 180']]);
    expect(issues({ points: '0,1e3' })).toEqual([['points.0.lng', 'must be a decimal number']]);
    expect(issues({ points: '0,0;5' })).toEqual([['points.1', 'must be lat,lng']]);
    expect(issues({ points: '0,0,0' })).toEqual([['points.0', 'must be lat,lng']]);
    expect(issues({ points: '' })).toEqual([['points', 'must have at least 1 point']]);
  });

  it('takes 1 to 100 points, a known mode and nothing else', () => {
    const many = (n: number) => Array.from({ length: n }, () => '1,1').join(';');
    expect(CoverageBatchQuery.safeParse({ points: many(MAX_COVERAGE_BATCH_POINTS) }).success).toBe(true);
    expect(issues({ points: many(101) })).toEqual([['points', 'must have at most 100 points']]);
    expect(issues({ points: '1,1', mode: 'indoor' })).toEqual([
      ['mode', 'must be OUTDOOR, INDOOR or UNDERGROUND'],
    ]);
    expect(CoverageBatchQuery.safeParse({ points: '1,1', callback: 'f' }).success).toBe(false);
  });

  it('writes points that it reads back, without exponent forms', () => {
    const points = [
      { lat: 43.6, lng: 1.44 },
      { lat: 1e-7, lng: -0.0000012 },
    ];
    const text = coveragePointsParam(points);
    expect(text).toBe('43.6,1.44;0,-0.000001');
    expect(CoverageBatchQuery.parse({ points: text }).points).toHaveLength(2);
  });
});

describe('coverage batch result', () => {
  it('has a redundancy 0 to 3, or null with an error', () => {
    const ok = { mode: 'INDOOR', results: [{ lat: 1, lng: 2, redundancy: 2 }] };
    expect(CoverageBatchResult.parse(ok)).toEqual(ok);
    const failed = {
      mode: 'OUTDOOR',
      results: [{ lat: 1, lng: 2, redundancy: null, error: 'upstream status 500' }],
    };
    expect(CoverageBatchResult.parse(failed)).toEqual(failed);
    expect(
      CoverageBatchResult.safeParse({ mode: 'INDOOR', results: [{ lat: 1, lng: 2, redundancy: 4 }] }).success,
    ).toBe(false);
  });
});
