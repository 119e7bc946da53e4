import { describe, expect, it } from 'vitest';
import { boundsOf, boundsOfCircles, formatView, parseView, sameView } from './view-math.ts';

describe('boundsOf and boundsOfCircles', () => {
  it('holds every point, and every circle whole', () => {
    const points = [
      { lat: 43.6, lng: 1.44 },
      { lat: 48.85, lng: 2.35 },
    ];
    expect(boundsOf(points)).toEqual({ south: 43.6, west: 1.44, north: 48.85, east: 2.35 });
    expect(boundsOf([])).toBeUndefined();
    // 11,132 m is 0.1 degree of latitude; at 60° a degree of longitude is half as long.
    const box = boundsOfCircles([{ lat: 60, lng: 10, radiusM: 11_132 }]);
    expect(box?.south).toBeCloseTo(59.9, 6);
    expect(box?.north).toBeCloseTo(60.1, 6);
    expect(box?.west).toBeCloseTo(9.8, 6);
    expect(box?.east).toBeCloseTo(10.2, 6);
    expect(boundsOfCircles([{ lat: 1, lng: 2, radiusM: 0 }])).toEqual({
      south: 1,
      west: 2,
      north: 1,
      east: 2,
    });
  });
});

describe('views in the URL', () => {
  it('round-trips lat,lng,zoom and refuses what is not one', () => {
    const view = { lat: 43.60451, lng: 1.44402, zoom: 11 };
    expect(parseView(formatView(view))).toEqual(view);
    expect(sameView(view, { lat: 43.604512, lng: 1.444021, zoom: 11 })).toBe(true);
    expect(sameView(view, { ...view, zoom: 12 })).toBe(false);
    for (const bad of ['', '43.6,1.4', '95,1,3', '43,200,3', '43,1,25', 'a,b,c'])
      expect(parseView(bad)).toBeUndefined();
  });
});
