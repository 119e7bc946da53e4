import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { unwrapAntimeridian } from './antimeridian.ts';

const collection = (rings: number[][][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } }],
});

function ringOf(c: FeatureCollection) {
  const g = c.features[0]?.geometry;
  return g?.type === 'Polygon' ? g.coordinates[0] : undefined;
}

describe('unwrapAntimeridian', () => {
  it('moves the western half of a ring across the date line east, so no edge spans the world', () => {
    const fiji = collection([
      [
        [179, -16],
        [180, -17],
        [-179.8, -17],
        [-179.9, -16],
        [179, -16],
      ],
    ]);
    const ring = ringOf(unwrapAntimeridian(fiji)) ?? [];
    expect(ring.map((p) => p[0])).toEqual([179, 180, 180.2, 180.1, 179]);
    for (let k = 1; k < ring.length; k++) {
      expect(Math.abs((ring[k]?.[0] ?? 0) - (ring[k - 1]?.[0] ?? 0))).toBeLessThan(180);
    }
  });

  it('leaves rings that do not cross, and those reaching a pole', () => {
    const france = [
      [
        [2, 48],
        [3, 48],
        [3, 49],
        [2, 48],
      ],
    ];
    const antarctica = [
      [
        [-180, -90],
        [-180, -80],
        [180, -80],
        [180, -90],
        [-180, -90],
      ],
    ];
    expect(ringOf(unwrapAntimeridian(collection(france)))).toEqual(france[0]);
    expect(ringOf(unwrapAntimeridian(collection(antarctica)))).toEqual(antarctica[0]);
  });
});
