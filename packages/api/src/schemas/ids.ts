import { z } from 'zod';

/**
 * A backend object id: 24 hexadecimal characters (groups, device types, callbacks,
 * contracts, geoloc configs, custom roles). The reference prints them in lower case;
 * either case is accepted.
 */
export const ObjectId = z
  .string()
  .regex(/^[0-9a-fA-F]{24}$/, 'must be an object id of 24 hexadecimal characters');
/** A backend object id (24 hex characters). */
export type ObjectId = z.infer<typeof ObjectId>;

/**
 * A Sigfox device id: 1 to 8 hexadecimal digits (32 bits). Either case is accepted on
 * input; the API answers in upper case ("002C", "0B59" in the reference examples).
 */
export const DeviceId = z
  .string()
  .regex(/^[0-9a-fA-F]{1,8}$/, 'must be a device id of 1 to 8 hexadecimal digits');
/** A Sigfox device id (1 to 8 hex digits). */
export type DeviceId = z.infer<typeof DeviceId>;

/** A year path parameter of the consumptions endpoint (four digits). */
export const Year = z.string().regex(/^\d{4}$/, 'must be a year of four digits');

/** Hex-encoded message data: whole bytes, 0 to 12 of them (Sigfox uplink payload limit). */
export const MessageData = z
  .string()
  .regex(/^(?:[0-9a-fA-F]{2}){0,12}$/, 'must be 0 to 12 bytes of hexadecimal data');

/** A time in seconds since the Unix epoch (message `time`, device `last`). */
export const EpochSeconds = z.number().int().nonnegative();
/** A time in milliseconds since the Unix epoch (event and location `time`, `tokenEnd`). */
export const EpochMillis = z.number().int().nonnegative();
