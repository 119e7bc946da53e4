import { z } from 'zod';
import { ComputedLocation, Latitude, Longitude } from './geo.ts';
import { DeviceId, EpochMillis, EpochSeconds, MessageData } from './ids.ts';
import { page } from './page.ts';
import { pagingQueryShape, timeRangeQueryShape } from './query.ts';

/** A decimal number written as a string, as v1 JSON writes SNRs ("38.2"). */
const DecimalString = z.string().regex(/^-?\d+(?:\.\d+)?$/, 'must be a decimal number written as a string');
/** An integer written as a string, as rinfos write station coordinates ("43", "6"). */
const IntegerString = z.string().regex(/^-?\d{1,3}$/, 'must be an integer written as a string');

/** Link quality from the best RSSI and the number of stations (domain notes, linkQuality). */
export const LinkQuality = z.enum(['LIMIT', 'AVERAGE', 'GOOD', 'EXCELLENT']);
/** A link quality indicator. */
export type LinkQuality = z.infer<typeof LinkQuality>;

/** One callback delivery for a message (reference: messages, cbStatus). */
export const CallbackStatus = z.object({
  /** HTTP status, or 600 for a transport failure. */
  status: z.number().int(),
  info: z.string().optional(),
  /** The callback as "[METHOD] urlPattern". */
  cbDef: z.string(),
  /** Seconds, like the message time. */
  time: EpochSeconds,
});
/** One callback delivery for a message. */
export type CallbackStatus = z.infer<typeof CallbackStatus>;

/** Reception by one base station (reference: messages, rinfos). Coordinates are integer-rounded strings. */
export const ReceptionInfo = z.object({
  /** Station id (hex). */
  tap: z.string(),
  snr: DecimalString.optional(),
  /** dBm; not in the v1 example, kept when a backend sends it (as text, like snr, or as a number). */
  rssi: z.union([DecimalString, z.number()]).optional(),
  lat: IntegerString.optional(),
  lng: IntegerString.optional(),
  freq: z.string().optional(),
  cbStatus: z.array(CallbackStatus).optional(),
});
/** Reception by one base station. */
export type ReceptionInfo = z.infer<typeof ReceptionInfo>;

/** A device message (reference: Messages sent by a device). */
export const Message = z.object({
  device: DeviceId,
  /** Seconds. */
  time: EpochSeconds,
  data: MessageData,
  /** Best SNR so far, a string in v1 JSON; deprecated in favour of `linkQuality`. */
  snr: DecimalString.optional(),
  computedLocation: ComputedLocation.optional(),
  linkQuality: LinkQuality.optional(),
  /** 12-bit sequence number; not in the v1 example, sent by backends that track sequences. */
  seqNumber: z.number().int().min(0).max(4095).optional(),
  rinfos: z.array(ReceptionInfo).optional(),
});
/** A device message. */
export type Message = z.infer<typeof Message>;

/** A page of messages, most recent first. */
export const MessagePage = page(Message);
/** A page of messages. */
export type MessagePage = z.infer<typeof MessagePage>;

/** Query of message and location lists: paging, and `before`/`since` in seconds. */
export const MessageListQuery = z.strictObject({ ...pagingQueryShape, ...timeRangeQueryShape });
/** Query of message and location lists, as a caller writes it. */
export type MessageListQuery = z.input<typeof MessageListQuery>;

/** A message location (reference: Messages location for one device); position only when `valid`. */
export const Location = z.object({
  /** Milliseconds (unlike message time). */
  time: EpochMillis,
  valid: z.boolean(),
  lat: Latitude.optional(),
  lng: Longitude.optional(),
  /** Metres; 0 for an exact (GPS) position. */
  radius: z.number().nonnegative().optional(),
});
/** A message location. */
export type Location = z.infer<typeof Location>;

/** A page of locations, most recent first. */
export const LocationPage = page(Location);
/** A page of locations. */
export type LocationPage = z.infer<typeof LocationPage>;
