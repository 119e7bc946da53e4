import type { Bounds, LatLng, MapViewState } from './map-types.ts';

/** Europe, where Sigfox started: the view when nothing else says where to look. */
export const DEFAULT_VIEW: MapViewState = { lat: 48, lng: 8, zoom: 4 };

/** Whether two views differ by more than rounding (so a URL round trip never moves the map). */
export function sameView(a: MapViewState, b: MapViewState): boolean {
  return a.zoom === b.zoom && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.lng - b.lng) < 1e-4;
}

/** The smallest box holding every point, or undefined for none. */
export function boundsOf(points: readonly LatLng[]): Bounds | undefined {
  if (points.length === 0) return undefined;
  let south = 90;
  let west = 180;
  let north = -90;
  let east = -180;
  for (const p of points) {
    if (p.lat < south) south = p.lat;
    if (p.lat > north) north = p.lat;
    if (p.lng < west) west = p.lng;
    if (p.lng > east) east = p.lng;
  }
  return { south, west, north, east };
}

const METRES_PER_DEGREE = 111_320;

/** The smallest box holding every circle (a radius in metres around a point), or undefined for none. */
export function boundsOfCircles(circles: readonly (LatLng & { radiusM: number })[]): Bounds | undefined {
  const edges = circles.flatMap((c) => {
    const dLat = c.radiusM / METRES_PER_DEGREE;
    const dLng = c.radiusM / (METRES_PER_DEGREE * Math.max(0.01, Math.cos((c.lat * Math.PI) / 180)));
    return [
      { lat: Math.max(-90, c.lat - dLat), lng: c.lng - dLng },
      { lat: Math.min(90, c.lat + dLat), lng: c.lng + dLng },
    ];
  });
  return boundsOf(edges);
}

/** Whether a point lies in a box. */
export function contains(b: Bounds, p: LatLng): boolean {
  return p.lat >= b.south && p.lat <= b.north && p.lng >= b.west && p.lng <= b.east;
}

/** `lat,lng,zoom` with 5 decimals (about a metre): the form a view takes in a URL. */
export function formatView(v: MapViewState): string {
  return `${v.lat.toFixed(5)},${v.lng.toFixed(5)},${v.zoom}`;
}

/** Reads `lat,lng,zoom`; undefined when it is not one. */
export function parseView(text: string | null): MapViewState | undefined {
  if (!text) return undefined;
  const m = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?),(\d{1,2})$/.exec(text);
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  const zoom = Number(m[3]);
  if (Math.abs(lat) > 85 || Math.abs(lng) > 180 || zoom > 19) return undefined;
  return { lat, lng, zoom };
}
