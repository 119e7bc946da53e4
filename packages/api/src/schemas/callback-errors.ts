import { z } from 'zod';
import { DeviceId, EpochSeconds, MessageData, ObjectId } from './ids.ts';
import { page } from './page.ts';
import { pagingQueryShape, timeRangeQueryShape } from './query.ts';

/** The HTTP request that failed (reference: Messages not sent this month, callback, HTTP). */
export const FailedHttpCallback = z.object({
  url: z.string(),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.string().optional(),
  contentType: z.string().optional(),
  method: z.string().optional(),
});

/** The email that failed (reference: Messages not sent this month, callback, EMAIL). */
export const FailedEmailCallback = z.object({ subject: z.string(), message: z.string() });

/** A device message where at least one callback failed. */
export const CallbackError = z.object({
  device: DeviceId,
  deviceType: ObjectId,
  /** Seconds, like message time (only the query bounds are in milliseconds). */
  time: EpochSeconds,
  data: MessageData,
  /** A number here, unlike message `snr`. */
  snr: z.number().optional(),
  /** Callback response status, 600 for a transport failure. */
  status: z.number().int().optional(),
  message: z.string().optional(),
  callback: z.union([FailedHttpCallback, FailedEmailCallback]).optional(),
  /** The variables the callback was rendered with. */
  parameters: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
/** A device message where at least one callback failed. */
export type CallbackError = z.infer<typeof CallbackError>;

/** A page of callback errors, most recent first. */
export const CallbackErrorPage = page(CallbackError);
/** A page of callback errors. */
export type CallbackErrorPage = z.infer<typeof CallbackErrorPage>;

/**
 * Query of callback errors: paging, `before`/`since` in milliseconds (`since`
 * defaults to a month ago on the server), and one scope: `hexId`, else
 * `deviceTypeId`, else `groupId`.
 */
export const CallbackErrorListQuery = z.strictObject({
  ...pagingQueryShape,
  ...timeRangeQueryShape,
  hexId: DeviceId.optional(),
  deviceTypeId: ObjectId.optional(),
  groupId: ObjectId.optional(),
});
/** Query of callback errors, as a caller writes it. */
export type CallbackErrorListQuery = z.input<typeof CallbackErrorListQuery>;
