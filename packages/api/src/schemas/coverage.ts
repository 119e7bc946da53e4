import { z } from 'zod';
import { queryDecimal } from './query.ts';

/** Coverage mode: penetration loss added to the link budget (domain notes: 0, 20, 30 dB). */
export const CoverageMode = z.enum(['OUTDOOR', 'INDOOR', 'UNDERGROUND'], {
  error: 'must be OUTDOOR, INDOOR or UNDERGROUND',
});
/** A coverage mode. */
export type CoverageMode = z.infer<typeof CoverageMode>;

/** Query of the redundancy endpoint: a point and a mode, INDOOR by default (reference: Coverage API). */
export const CoverageQuery = z.strictObject({
  lat: queryDecimal(-90, 90),
  lng: queryDecimal(-180, 180),
  mode: CoverageMode.default('INDOOR'),
});
/** Query of the redundancy endpoint, as a caller writes it. */
export type CoverageQuery = z.input<typeof CoverageQuery>;

/** Stations that hear a point: 0 none, 1, 2, 3 meaning three or more. */
export const CoverageRedundancy = z.object({
  redundancy: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
});
/** Coverage redundancy at a point. */
export type CoverageRedundancy = z.infer<typeof CoverageRedundancy>;
