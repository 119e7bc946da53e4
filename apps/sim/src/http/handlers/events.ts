import { deviceEvents, deviceTypeEvents, toErrorEvent, toWarnEvent } from '../../db/status-events.ts';
import { timeWindow, visibleDevice, visibleDeviceType } from '../access.ts';
import type { Handlers } from '../handler.ts';
import { encodeCursor, toPage } from '../paging.ts';

const cursorOf = (r: { time: number; id: number }): string => encodeCursor('time', [r.time, r.id]);

/** Status events: before/since and `time` in milliseconds (reference, Error/Warning status events). */
export const eventHandlers = {
  listDeviceTypeErrorEvents: ({ params, query }, ctx) => {
    const type = visibleDeviceType(ctx, params.id);
    const rows = deviceTypeEvents(ctx.db, type.id, 'ERROR', timeWindow(query));
    return toPage(rows, query.limit, ctx.url, cursorOf, toErrorEvent);
  },

  listDeviceTypeWarnEvents: ({ params, query }, ctx) => {
    const type = visibleDeviceType(ctx, params.id);
    const rows = deviceTypeEvents(ctx.db, type.id, 'WARN', timeWindow(query));
    return toPage(rows, query.limit, ctx.url, cursorOf, toWarnEvent);
  },

  listDeviceErrorEvents: ({ params, query }, ctx) => {
    const device = visibleDevice(ctx, params.id);
    const rows = deviceEvents(ctx.db, device.id, 'ERROR', timeWindow(query));
    return toPage(rows, query.limit, ctx.url, cursorOf, toErrorEvent);
  },

  listDeviceWarnEvents: ({ params, query }, ctx) => {
    const device = visibleDevice(ctx, params.id);
    const rows = deviceEvents(ctx.db, device.id, 'WARN', timeWindow(query));
    return toPage(rows, query.limit, ctx.url, cursorOf, toWarnEvent);
  },
} satisfies Pick<
  Handlers,
  'listDeviceTypeErrorEvents' | 'listDeviceTypeWarnEvents' | 'listDeviceErrorEvents' | 'listDeviceWarnEvents'
>;
