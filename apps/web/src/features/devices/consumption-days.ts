import type { Consumption } from '@sfc/api';

export interface ConsumptionDay {
  /** Midnight UTC of the day. */
  date: Date;
  uplink: number;
  downlink: number;
}

/** The year's records by date: index 0 is 1 January (packages/api, Consumption). */
export function consumptionDays(consumption: Consumption, year: number): ConsumptionDay[] {
  return consumption.consumptions.map((day, index) => ({
    date: new Date(Date.UTC(year, 0, 1 + index)),
    uplink: day.frameCount,
    downlink: day.downlinkFrameCount,
  }));
}

export function totals(days: readonly ConsumptionDay[]) {
  return days.reduce((sum, d) => ({ uplink: sum.uplink + d.uplink, downlink: sum.downlink + d.downlink }), {
    uplink: 0,
    downlink: 0,
  });
}
