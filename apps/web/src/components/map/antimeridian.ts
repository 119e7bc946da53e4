import type { FeatureCollection, Position } from 'geojson';

/**
 * Natural Earth rings that cross the antimeridian (eastern Russia, Fiji) jump from
 * 180 to -180 between two points, which Leaflet draws as a line across the whole
 * world. Moving the western part of such a ring east by 360 degrees draws it whole,
 * just past the date line. Rings that reach a pole (Antarctica) are left alone:
 * their jump runs along the map's edge.
 */
export function unwrapAntimeridian(collection: FeatureCollection): FeatureCollection {
  for (const feature of collection.features) {
    const g = feature.geometry;
    if (g?.type === 'Polygon') g.coordinates.forEach(unwrapRing);
    else if (g?.type === 'MultiPolygon') for (const polygon of g.coordinates) polygon.forEach(unwrapRing);
  }
  return collection;
}

function unwrapRing(ring: Position[]): void {
  let jumps = false;
  for (let k = 1; k < ring.length; k++) {
    const a = ring[k - 1] as Position;
    const b = ring[k] as Position;
    if (Math.abs(a[1] as number) > 85 || Math.abs(b[1] as number) > 85) return;
    if (Math.abs((a[0] as number) - (b[0] as number)) > 180) jumps = true;
  }
  if (!jumps) return;
  for (const p of ring) if ((p[0] as number) < 0) p[0] = (p[0] as number) + 360;
}
