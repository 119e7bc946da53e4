import type { LatLng } from '../../components/map/index.ts';

/*
 * Reading coordinates typed by people (the "Check a point" form, a pasted CSV) and
 * written in the URL. One set of rules and messages for both inputs.
 */

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A coordinate as a number, or what is wrong with it (a message to follow its name). */
export function readCoordinate(text: string, axis: 'latitude' | 'longitude'): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return 'is missing';
  if (!DECIMAL.test(trimmed)) return 'must be a decimal number, like 43.6045';
  const limit = axis === 'latitude' ? 90 : 180;
  const value = Number(trimmed);
  return Math.abs(value) > limit ? `must be between -${limit} and ${limit}` : value;
}

/** `lat,lng` at 5 decimals (about a metre): the form a point takes in the URL and in titles. */
export function formatPoint(p: LatLng, separator = ','): string {
  return `${p.lat.toFixed(5)}${separator}${p.lng.toFixed(5)}`;
}

/** Reads the URL's `lat,lng`; undefined when it is not a point on Earth. */
export function parsePoint(text: string | null): LatLng | undefined {
  const [latText, lngText, ...rest] = (text ?? '').split(',');
  if (latText === undefined || lngText === undefined || rest.length > 0) return undefined;
  const lat = readCoordinate(latText, 'latitude');
  const lng = readCoordinate(lngText, 'longitude');
  return typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : undefined;
}
