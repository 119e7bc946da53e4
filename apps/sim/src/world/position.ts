import { kmToDegLat } from './path-loss.ts';

/**
 * Where a device is at a time. Fixed devices stay home; trackers loop smoothly
 * within ~3 km of it (two incommensurable periods per device, so tracks differ).
 * A pure function of (home, key, time): live traffic and history agree.
 */
export function positionAt(
  homeLat: number,
  homeLng: number,
  key: number,
  timeSec: number,
  moving: boolean,
): { lat: number; lng: number } {
  if (!moving) return { lat: homeLat, lng: homeLng };
  const p1 = 5 * 3600 + (key % 7200);
  const p2 = 7 * 3600 + ((key >>> 12) % 7200);
  const phase = ((key >>> 20) / 4096) * 2 * Math.PI;
  const dLat = kmToDegLat(3 * Math.sin((2 * Math.PI * timeSec) / p1 + phase));
  const dLng = kmToDegLat(3 * Math.cos((2 * Math.PI * timeSec) / p2)) / Math.cos((homeLat * Math.PI) / 180);
  return { lat: round6(homeLat + dLat), lng: round6(homeLng + dLng) };
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** A point at `distanceKm` from (lat, lng) in direction `theta` (radians). */
export function offsetKm(
  lat: number,
  lng: number,
  distanceKm: number,
  theta: number,
): { lat: number; lng: number } {
  const dLat = kmToDegLat(distanceKm * Math.sin(theta));
  const dLng = kmToDegLat(distanceKm * Math.cos(theta)) / Math.cos((lat * Math.PI) / 180);
  return { lat: round6(lat + dLat), lng: round6(lng + dLng) };
}
