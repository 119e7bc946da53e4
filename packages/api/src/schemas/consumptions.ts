import { z } from 'zod';

/** Frames of one day: uplinks received and downlinks sent. */
export const DayConsumption = z.object({
  frameCount: z.number().int().nonnegative(),
  downlinkFrameCount: z.number().int().nonnegative(),
});
/** Frames of one day. */
export type DayConsumption = z.infer<typeof DayConsumption>;

/** Days in a Gregorian year. */
export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

/**
 * A device's consumptions for a year (reference: Device consumptions; no JSON example
 * there). `id` is `{deviceId}_{year}`; `consumptions` holds one record per day of
 * the year, index 0 being 1 January, so 365 or 366 entries. (The reference's
 * "10 = 9th january" fits neither 0- nor 1-based counting; we take 0-based.)
 */
export const Consumption = z
  .object({
    id: z.string().regex(/^[0-9A-Fa-f]{1,8}_\d{4}$/, 'must be {deviceId}_{year}'),
    consumptions: z.array(DayConsumption),
  })
  .superRefine((value, ctx) => {
    const expected = daysInYear(Number(value.id.slice(-4)));
    if (value.consumptions.length !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['consumptions'],
        message: `must hold one record per day of the year: ${expected}, found ${value.consumptions.length}`,
      });
    }
  });
/** A device's consumptions for a year. */
export type Consumption = z.infer<typeof Consumption>;
