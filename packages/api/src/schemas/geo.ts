import { z } from 'zod';

/** A latitude in degrees, -90 to 90. */
export const Latitude = z.number().min(-90, 'must be at least -90').max(90, 'must be at most 90');
/** A longitude in degrees, -180 to 180. */
export const Longitude = z.number().min(-180, 'must be at least -180').max(180, 'must be at most 180');

/**
 * The estimated position of a device: a circle of `radius` metres around lat/lng,
 * from GPS data or the Spot'It service (reference: Devices API, computedLocation).
 */
export const ComputedLocation = z.object({
  lat: Latitude,
  lng: Longitude,
  radius: z.number().nonnegative(),
});
/** The estimated position of a device. */
export type ComputedLocation = z.infer<typeof ComputedLocation>;
