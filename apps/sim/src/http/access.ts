import type { DeviceRow } from '../db/devices.ts';
import { findDevice } from '../db/devices.ts';
import type { DeviceTypeRow } from '../db/device-types.ts';
import { findDeviceType } from '../db/device-types.ts';
import type { TimeWindow } from '../db/paged.ts';
import type { Ctx } from './handler.ts';
import { forbidden, notFound } from './http-error.ts';
import { timeCursor } from './paging.ts';

/*
 * Unknown ids answer 404 and ids outside the credentials' subtree 403 (reference,
 * HTTP status codes: "403: access denied, the request is not authorized with your
 * credentials"). The order matters: an id is looked up before its group is checked.
 */

export function visibleDeviceType(ctx: Ctx, id: string): DeviceTypeRow {
  const type = findDeviceType(ctx.db, id);
  if (type === undefined) throw notFound(`Device type ${id}`);
  if (!ctx.scope.visible.has(type.group_id)) throw forbidden(`device type ${id}`);
  return type;
}

export function visibleDevice(ctx: Ctx, id: string): DeviceRow {
  const device = findDevice(ctx.db, id);
  if (device === undefined) throw notFound(`Device ${id}`);
  const type = findDeviceType(ctx.db, device.type_id);
  if (type === undefined || !ctx.scope.visible.has(type.group_id)) throw forbidden(`device ${id}`);
  return device;
}

export interface TimePageQuery {
  limit: number;
  offset: number;
  cursor?: string | undefined;
  before?: number | undefined;
  since?: number | undefined;
}

/**
 * The window of a time-ordered page. `scale` converts the query's unit to the
 * column's: 1000 when bounds arrive in milliseconds for a column in seconds (callback
 * errors). Bounds are rounded up so that "before" stays exclusive and "since"
 * inclusive of the exact instant.
 */
export function timeWindow(q: TimePageQuery, scale = 1): TimeWindow {
  const toColumn = (v: number | undefined) => (v === undefined ? undefined : Math.ceil(v / scale));
  return {
    before: toColumn(q.before),
    since: toColumn(q.since),
    after: timeCursor(q.cursor),
    offset: q.offset,
    fetch: q.limit + 1,
  };
}
