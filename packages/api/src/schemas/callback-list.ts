import { z } from 'zod';
import { CallbackContentType, CallbackHttpMethod } from './callback-fields.ts';
import { CallbackSubtype, CallbackType } from './callback-types.ts';
import { ObjectId } from './ids.ts';
import { queryBool } from './query.ts';

/*
 * Callbacks as the list returns them (reference: Callback list). The URL is
 * `urlPattern` here (not `url`), and each carries `id`, `dead` and `downlinkHook`.
 * The type/subtype pair is not re-checked: the reference's own example lists a DATA
 * callback with subtype 0, and a reader must still be able to show such a record.
 */
const listed = {
  id: ObjectId,
  callbackType: CallbackType,
  callbackSubtype: CallbackSubtype.optional(),
  payloadConfig: z.string().optional(),
  enabled: z.boolean(),
  sendDuplicate: z.boolean(),
  /** True if the last use of the callback failed. */
  dead: z.boolean(),
  /** True if this callback is the one selected for downlink. */
  downlinkHook: z.boolean(),
};

/** A listed URL callback. */
export const ListedUrlCallback = z.object({
  channel: z.literal('URL'),
  ...listed,
  urlPattern: z.string(),
  httpMethod: CallbackHttpMethod,
  headers: z.record(z.string(), z.string()).optional(),
  bodyTemplate: z.string().optional(),
  contentType: CallbackContentType.optional(),
  sendSni: z.boolean().optional(),
});

/** A listed BATCH_URL callback. */
export const ListedBatchUrlCallback = z.object({
  channel: z.literal('BATCH_URL'),
  ...listed,
  urlPattern: z.string(),
  httpMethod: CallbackHttpMethod.optional(),
  linePattern: z.string(),
  sendSni: z.boolean().optional(),
});

/** A listed EMAIL callback. */
export const ListedEmailCallback = z.object({
  channel: z.literal('EMAIL'),
  ...listed,
  subject: z.string(),
  recipient: z.string(),
  message: z.string(),
});

/** A callback of a device type, as listed. */
export const Callback = z.discriminatedUnion('channel', [
  ListedUrlCallback,
  ListedBatchUrlCallback,
  ListedEmailCallback,
]);
/** A callback of a device type, as listed. */
export type Callback = z.infer<typeof Callback>;

/** The callback list: DATA callbacks in `data`, SERVICE in `service`, ERROR in `error`. */
export const CallbackList = z.object({
  data: z.array(Callback),
  service: z.array(Callback),
  error: z.array(Callback),
});
/** The callback list. */
export type CallbackList = z.infer<typeof CallbackList>;

/** Answer of the callback creation: the ids of the created callbacks, in body order. */
export const CreatedCallbackIds = z.array(ObjectId);
/** Answer of the callback creation. */
export type CreatedCallbackIds = z.infer<typeof CreatedCallbackIds>;

/** Query of the callback enable/disable endpoint: `enabled` (required). */
export const CallbackEnableQuery = z.strictObject({ enabled: queryBool });
/** Query of the callback enable/disable endpoint, as a caller writes it. */
export type CallbackEnableQuery = z.input<typeof CallbackEnableQuery>;
