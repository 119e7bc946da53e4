import { daysInYear } from '@sfc/api';
import type { TokenState } from '@sfc/api';
import type { DeviceRow } from '../../db/devices.ts';
import { devicesOfType, toDevice } from '../../db/devices.ts';
import { countMessages, framesPerDay } from '../../db/messages.ts';
import { visibleDevice, visibleDeviceType } from '../access.ts';
import type { Handlers } from '../handler.ts';
import { encodeCursor, numCursor, toPage } from '../paging.ts';

const DAY_S = 86_400;

/**
 * Token state (reference, Device token state; domain-notes.md): no token is N/A
 * "Not communicated"; off contract or an expired CONTRACT token is KO.
 */
function tokenState(d: DeviceRow, nowMs: number): TokenState {
  if (d.token_type === null) return { code: 2, detailMessage: 'Not communicated' };
  const token = {
    tokenType: d.token_type,
    contractId: d.contract_id ?? undefined,
    freeMessages: d.token_type === 'FREE' ? (d.free_messages ?? undefined) : undefined,
    tokenEnd: d.token_type === 'CONTRACT' ? (d.token_end ?? undefined) : undefined,
  };
  if (d.state === 2) return { code: 1, detailMessage: 'Off contract', ...token };
  if (d.token_type === 'CONTRACT' && d.token_end !== null && d.token_end < nowMs) {
    return { code: 1, detailMessage: 'Invalid token', ...token };
  }
  return { code: 0, detailMessage: 'Ok', ...token };
}

/** Devices API (reference). */
export const deviceHandlers = {
  /** In id order; `snr` filters on the average SNR class (reference, Devices for a given device type). */
  listDevices: ({ params, query }, ctx) => {
    const type = visibleDeviceType(ctx, params.id);
    const rows = devicesOfType(ctx.db, type.id, {
      snr: query.snr,
      afterNum: numCursor(query.cursor),
      offset: query.offset,
      fetch: query.limit + 1,
    });
    return toPage(rows, query.limit, ctx.url, (r) => encodeCursor('num', [r.num]), toDevice);
  },

  getDevice: ({ params }, ctx) => toDevice(visibleDevice(ctx, params.id)),

  getDeviceTokenState: ({ params }, ctx) => tokenState(visibleDevice(ctx, params.id), ctx.now()),

  /**
   * The simulated stations never fail, so the network state follows the device state:
   * NOK while the device is in state 4, "Warn: network issues" (reference, Network status).
   */
  getDeviceNetworkState: ({ params }, ctx) => ({
    networkStatus: visibleDevice(ctx, params.id).state === 4 ? 'NOK' : 'OK',
  }),

  /** Messages in the last 24 hours, 7 and 30 days of simulated time (reference, Device message metrics). */
  getDeviceMessageMetric: ({ params }, ctx) => {
    const device = visibleDevice(ctx, params.id);
    const now = Math.floor(ctx.now() / 1000);
    return {
      lastDay: countMessages(ctx.db, device.id, now - DAY_S),
      lastWeek: countMessages(ctx.db, device.id, now - 7 * DAY_S),
      lastMonth: countMessages(ctx.db, device.id, now - 30 * DAY_S),
    };
  },

  /** One record per UTC day of the year, index 0 being 1 January (reference, Device consumptions). */
  getDeviceConsumptions: ({ params }, ctx) => {
    const device = visibleDevice(ctx, params.id);
    const year = Number(params.year);
    // setUTCFullYear, not Date.UTC: Date.UTC reads years 0 to 99 as 1900 to 1999.
    const start = new Date(0).setUTCFullYear(year, 0, 1) / 1000;
    const days = daysInYear(year);
    const consumptions = Array.from({ length: days }, () => ({ frameCount: 0, downlinkFrameCount: 0 }));
    for (const row of framesPerDay(ctx.db, device.id, start, start + days * DAY_S)) {
      const day = consumptions[row.day];
      if (day !== undefined) {
        day.frameCount = row.frames;
        day.downlinkFrameCount = row.downlinks;
      }
    }
    return { id: `${device.id}_${params.year}`, consumptions };
  },
} satisfies Pick<
  Handlers,
  | 'listDevices'
  | 'getDevice'
  | 'getDeviceTokenState'
  | 'getDeviceNetworkState'
  | 'getDeviceMessageMetric'
  | 'getDeviceConsumptions'
>;
