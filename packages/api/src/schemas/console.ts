import { z } from 'zod';
import { CoverageMode } from './coverage.ts';

/*
 * The BFF's own routes (`/bff/...`), which are not Sigfox endpoints and so not in the
 * catalogue: the console's settings and the batched coverage query.
 */

/** Map tiles for Leaflet: a `{z}/{x}/{y}` template, its attribution (plain text) and `{s}` subdomains. */
export const MapTiles = z.object({
  url: z.string().regex(/^https?:\/\/[^\s]+$/, 'must be an absolute http(s) URL'),
  attribution: z.string().min(1).max(300),
  subdomains: z.string().regex(/^[A-Za-z0-9]{1,36}$/, 'must be letters or digits'),
});
/** Map tiles for Leaflet. */
export type MapTiles = z.infer<typeof MapTiles>;

/** `GET /bff/settings`: what the web app needs from the server's configuration; `tiles` null means no map tiles. */
export const ConsoleSettings = z.strictObject({
  map: z.strictObject({ tiles: MapTiles.nullable() }),
});
/** The console's settings. */
export type ConsoleSettings = z.infer<typeof ConsoleSettings>;

/** Most points in one `GET /bff/coverage/redundancy` call. */
export const MAX_COVERAGE_BATCH_POINTS = 100;

/** A point of a coverage batch, in degrees. */
export interface CoveragePoint {
  lat: number;
  lng: number;
}

const DECIMAL = /^-?\d{1,3}(?:\.\d{1,15})?$/;

function coordinate(text: string, min: number, max: number): number | string {
  if (!DECIMAL.test(text)) return 'must be a decimal number';
  const n = Number(text);
  return n < min || n > max ? `must be between ${min} and ${max}` : n;
}

/** `points` as sent: `lat,lng` pairs separated by `;`, 1 to 100 of them. */
const PointsParam = z.string().transform((text, ctx) => {
  const pairs = text.split(';');
  if (text === '') {
    ctx.issues.push({ code: 'custom', message: 'must have at least 1 point', input: text });
    return z.NEVER;
  }
  if (pairs.length > MAX_COVERAGE_BATCH_POINTS) {
    const message = `must have at most ${MAX_COVERAGE_BATCH_POINTS} points`;
    ctx.issues.push({ code: 'custom', message, input: text });
    return z.NEVER;
  }
  const points: CoveragePoint[] = [];
  pairs.forEach((pair, i) => {
    const [latText, lngText, ...rest] = pair.split(',');
    if (latText === undefined || lngText === undefined || rest.length > 0) {
      ctx.issues.push({ code: 'custom', message: 'must be lat,lng', path: [i], input: pair });
      return;
    }
    const lat = coordinate(latText, -90, 90);
    const lng = coordinate(lngText, -180, 180);
    if (typeof lat === 'string')
      ctx.issues.push({ code: 'custom', message: lat, path: [i, 'lat'], input: pair });
    if (typeof lng === 'string')
      ctx.issues.push({ code: 'custom', message: lng, path: [i, 'lng'], input: pair });
    if (typeof lat === 'number' && typeof lng === 'number') points.push({ lat, lng });
  });
  return points.length === pairs.length ? points : z.NEVER;
});

/**
 * Query of `GET /bff/coverage/redundancy`: `points` (see `coveragePointsParam`) and
 * `mode`, INDOOR by default. Strict: any other parameter is refused.
 */
export const CoverageBatchQuery = z.strictObject({
  points: PointsParam,
  mode: CoverageMode.default('INDOOR'),
});
/** The query as a caller writes it. */
export type CoverageBatchQuery = z.input<typeof CoverageBatchQuery>;

/**
 * Writes points as the `points` parameter (`43.6,1.44;48.85,2.35`), at 6 decimals
 * (about 0.1 m): plain decimals, never the exponent form `1e-7` that the query refuses.
 */
export function coveragePointsParam(points: readonly CoveragePoint[]): string {
  const d = (n: number) => String(Number(n.toFixed(6)));
  return points.map((p) => `${d(p.lat)},${d(p.lng)}`).join(';');
}

/** One point's answer: its redundancy, or null and a short reason when the Sigfox API did not give one. */
export const CoverageBatchItem = z.object({
  lat: z.number(),
  lng: z.number(),
  redundancy: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.null()]),
  error: z.string().optional(),
});
/** One point's answer. */
export type CoverageBatchItem = z.infer<typeof CoverageBatchItem>;

/** Answer of `GET /bff/coverage/redundancy`: one item per point, in request order. */
export const CoverageBatchResult = z.object({
  mode: CoverageMode,
  results: z.array(CoverageBatchItem),
});
/** Answer of the batched coverage query. */
export type CoverageBatchResult = z.infer<typeof CoverageBatchResult>;
