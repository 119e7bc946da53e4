import type { Location } from '@sfc/api';
import { formatShort, toDate } from '../../lib/time.ts';

/** A location with a position: what the map draws. `time` in milliseconds, `radius` in metres. */
export interface TrackPoint {
  key: string;
  time: number;
  lat: number;
  lng: number;
  radius: number;
}

/** A location's key: its time, unique per device as each message has its own. */
export const locationKey = (l: Location) => String(l.time);

/**
 * The second of the message a location comes from: the same instant, but locations
 * count in milliseconds where messages count in seconds (domain notes, time units).
 */
export const messageSecond = (l: Pick<Location, 'time'>) => Math.floor(l.time / 1000);

/**
 * The drawable points, oldest first, the order a track is drawn in (the API lists
 * newest first). An invalid estimation has no position and is left out.
 */
export function trackPoints(locations: readonly Location[]): TrackPoint[] {
  return locations
    .flatMap((l) =>
      l.valid && l.lat !== undefined && l.lng !== undefined
        ? [{ key: locationKey(l), time: l.time, lat: l.lat, lng: l.lng, radius: l.radius ?? 0 }]
        : [],
    )
    .sort((a, b) => a.time - b.time);
}

/** How far off a position may be: a radius of 0 is an exact (GPS) fix. */
export function radiusText(radius: number | undefined): string {
  if (radius === undefined) return '—';
  return radius === 0 ? 'GPS' : `±${Math.round(radius)} m`;
}

/** A marker's accessible name: when, and how precise. */
export function pointLabel(p: TrackPoint): string {
  return `Location at ${formatShort(toDate(p.time, 'ms'))} (${radiusText(p.radius)})`;
}
