import { z } from 'zod';
import { DeviceId, ObjectId, Year } from '../schemas/ids.ts';

/*
 * Path parameter schemas, one per shape of path. They are the "param patterns" of the
 * catalogue: the BFF refuses a path whose parameters do not match them.
 */

/** No path parameters. */
export const NoParams = z.object({});
/** `{id}`: an object id (group or device type). */
export const ObjectIdParams = z.object({ id: ObjectId });
/** `{id}` and `{callbackId}`: a device type and one of its callbacks. */
export const CallbackParams = z.object({ id: ObjectId, callbackId: ObjectId });
/** `{id}`: a device id. */
export const DeviceParams = z.object({ id: DeviceId });
/** `{id}` and `{year}`: a device and a year. */
export const ConsumptionParams = z.object({ id: DeviceId, year: Year });
