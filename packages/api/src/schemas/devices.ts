import { z } from 'zod';
import { ComputedLocation, Latitude, Longitude } from './geo.ts';
import { DeviceId, EpochMillis, EpochSeconds, ObjectId } from './ids.ts';
import { page } from './page.ts';
import { pagingQueryShape, queryInt } from './query.ts';

/** Device state: 0 OK, 1 KO (communication timeout), 2 off contract, 3 disabled, 4 warn (network issues). */
export const DeviceState = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
/** A device state code. */
export type DeviceState = z.infer<typeof DeviceState>;

/** Token type: CONTRACT (has `tokenEnd`) or FREE (has `freeMessages`). */
export const TokenType = z.enum(['CONTRACT', 'FREE']);
/** A token type. */
export type TokenType = z.infer<typeof TokenType>;

/** A device (reference: Devices API, Device information). Token fields exist only when a token does. */
export const Device = z.object({
  /** Upper-case hex. */
  id: DeviceId,
  name: z.string().optional(),
  /** The device type id. */
  type: ObjectId,
  /** Last message time in seconds; 0 when the device never sent one. */
  last: EpochSeconds,
  /** Deprecated alias of `averageSnr`. */
  averageSignal: z.number().optional(),
  averageSnr: z.number().optional(),
  averageRssi: z.number().optional(),
  state: DeviceState,
  lat: Latitude.optional(),
  lng: Longitude.optional(),
  computedLocation: ComputedLocation.optional(),
  /** Milliseconds. */
  activationTime: EpochMillis.optional(),
  pac: z.string().optional(),
  tokenType: TokenType.optional(),
  contractId: ObjectId.optional(),
  freeMessages: z.number().int().nonnegative().optional(),
  /** Milliseconds. */
  tokenEnd: EpochMillis.optional(),
  preventRenewal: z.boolean().optional(),
});
/** A device. */
export type Device = z.infer<typeof Device>;

/** A page of devices (reference: Devices for a given device type). */
export const DevicePage = page(Device);
/** A page of devices. */
export type DevicePage = z.infer<typeof DevicePage>;

/**
 * Query of the device list. `snr` filters on the average SNR of the last 25
 * messages: 1 for 0-10 dB, 2 for 10-13 dB, 3 for 13-20 dB, 4 above 20 dB.
 */
export const DeviceListQuery = z.strictObject({ ...pagingQueryShape, snr: queryInt(1, 4).optional() });
/** Query of the device list, as a caller writes it. */
export type DeviceListQuery = z.input<typeof DeviceListQuery>;

/** A device's token state (reference: Device token state): code 0 OK, 1 KO, 2 N/A. */
export const TokenState = z.object({
  code: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  detailMessage: z.enum(['Ok', 'Off contract', 'Not communicated', 'Invalid token']),
  tokenType: TokenType.optional(),
  contractId: ObjectId.optional(),
  freeMessages: z.number().int().nonnegative().optional(),
  tokenEnd: EpochMillis.optional(),
});
/** A device's token state. */
export type TokenState = z.infer<typeof TokenState>;

/** Network status from the stations that received the last messages (reference: Network status of a device). */
export const NetworkState = z.object({ networkStatus: z.enum(['OK', 'NOK']) });
/** Network status of a device. */
export type NetworkState = z.infer<typeof NetworkState>;

/** Message counts over the last 24 hours, 7 days and 30 days (reference: Device message metrics). */
export const MessageMetric = z.object({
  lastDay: z.number().int().nonnegative(),
  lastWeek: z.number().int().nonnegative(),
  lastMonth: z.number().int().nonnegative(),
});
/** Message counts of a device. */
export type MessageMetric = z.infer<typeof MessageMetric>;
