import { callbackErrors, toCallbackError } from '../../db/callback-errors.ts';
import type { CallbackErrorFilter } from '../../db/callback-errors.ts';
import { deviceMessages, deviceTypeMessages, toLocation, toMessage } from '../../db/messages.ts';
import type { MessageRow } from '../../db/messages.ts';
import { timeWindow, visibleDevice, visibleDeviceType } from '../access.ts';
import type { Ctx, Handlers } from '../handler.ts';
import { encodeCursor, toPage } from '../paging.ts';

const DAY_MS = 86_400_000;
const cursorOf = (r: { time: number; id: number }): string => encodeCursor('time', [r.time, r.id]);

/** The one filter of the callback error list: hexId, else deviceTypeId, else groupId (reference). */
function errorFilter(
  ctx: Ctx,
  q: { hexId?: string | undefined; deviceTypeId?: string | undefined; groupId?: string | undefined },
): CallbackErrorFilter {
  if (q.hexId !== undefined) return { device: visibleDevice(ctx, q.hexId).id };
  if (q.deviceTypeId !== undefined) return { deviceType: visibleDeviceType(ctx, q.deviceTypeId).id };
  if (q.groupId !== undefined) {
    const groupId = q.groupId.toLowerCase();
    ctx.scope.checkGroup(groupId);
    return { groups: [...ctx.scope.tree.subtree(groupId)] };
  }
  return ctx.scope.seesAll ? { all: true } : { groups: [...ctx.scope.visible] };
}

/** Messages, locations and callback errors: time-ordered, most recent first. */
export const messageHandlers = {
  /** before/since in seconds (reference, Messages sent by the devices of a device type). */
  listDeviceTypeMessages: ({ params, query }, ctx) => {
    const type = visibleDeviceType(ctx, params.id);
    const rows = deviceTypeMessages(ctx.db, type.id, timeWindow(query));
    return toPage<MessageRow, ReturnType<typeof toMessage>>(rows, query.limit, ctx.url, cursorOf, toMessage);
  },

  /** before/since in seconds (reference, Messages sent by a device). */
  listDeviceMessages: ({ params, query }, ctx) => {
    const device = visibleDevice(ctx, params.id);
    return toPage(
      deviceMessages(ctx.db, device.id, timeWindow(query)),
      query.limit,
      ctx.url,
      cursorOf,
      toMessage,
    );
  },

  /** before/since in seconds, `time` in milliseconds (reference, Messages location for one device). */
  listDeviceLocations: ({ params, query }, ctx) => {
    const device = visibleDevice(ctx, params.id);
    return toPage(
      deviceMessages(ctx.db, device.id, timeWindow(query)),
      query.limit,
      ctx.url,
      cursorOf,
      toLocation,
    );
  },

  /**
   * before/since in milliseconds while `time` is in seconds; since defaults to a
   * month ago (reference, Messages not sent this month).
   */
  listCallbackErrors: ({ query }, ctx) => {
    const filter = errorFilter(ctx, query);
    const since = query.since ?? ctx.now() - 30 * DAY_MS;
    const rows = callbackErrors(ctx.db, filter, timeWindow({ ...query, since }, 1000));
    // The default bound goes into `next`, so later pages keep the window of the first.
    const url = new URL(ctx.url.href);
    url.searchParams.set('since', String(since));
    return toPage(rows, query.limit, url, cursorOf, toCallbackError);
  },
} satisfies Pick<
  Handlers,
  'listDeviceTypeMessages' | 'listDeviceMessages' | 'listDeviceLocations' | 'listCallbackErrors'
>;
