import { z } from 'zod';
import { DeviceId, EpochMillis, ObjectId } from './ids.ts';
import { page } from './page.ts';
import { pagingQueryShape, timeRangeQueryShape } from './query.ts';

/** An ERROR callback sent by email for an event; `status` once processed (200, else 600). */
export const EventEmailCallback = z.object({
  subject: z.string(),
  message: z.string(),
  status: z.number().int().optional(),
});

/** An ERROR callback sent over HTTP for an event; `status`/`info` once processed. */
export const EventHttpCallback = z.object({
  url: z.string(),
  status: z.number().int().optional(),
  info: z.string().optional(),
});

/** An ERROR callback delivery attached to a status event. */
export const EventCallback = z.union([EventHttpCallback, EventEmailCallback]);
/** An ERROR callback delivery attached to a status event. */
export type EventCallback = z.infer<typeof EventCallback>;

const event = {
  /** Milliseconds. */
  time: EpochMillis,
  message: z.string(),
  deviceTypeId: ObjectId,
  callbacks: z.array(EventCallback).optional(),
};

/** A communication-down event of one device (reference: Error status events). */
export const ErrorEvent = z.object({ deviceId: DeviceId, severity: z.literal('ERROR'), ...event });
/** A communication-down event. */
export type ErrorEvent = z.infer<typeof ErrorEvent>;

/** A network-issue event for a list of devices (reference: Warning status events). */
export const WarnEvent = z.object({ deviceIds: z.array(DeviceId), severity: z.literal('WARN'), ...event });
/** A network-issue event. */
export type WarnEvent = z.infer<typeof WarnEvent>;

/** A page of error events, most recent first. */
export const ErrorEventPage = page(ErrorEvent);
/** A page of error events. */
export type ErrorEventPage = z.infer<typeof ErrorEventPage>;

/** A page of warn events, most recent first. */
export const WarnEventPage = page(WarnEvent);
/** A page of warn events. */
export type WarnEventPage = z.infer<typeof WarnEventPage>;

/** Query of status event lists: paging, and `before`/`since` in milliseconds. */
export const StatusEventListQuery = z.strictObject({ ...pagingQueryShape, ...timeRangeQueryShape });
/** Query of status event lists, as a caller writes it. */
export type StatusEventListQuery = z.input<typeof StatusEventListQuery>;
