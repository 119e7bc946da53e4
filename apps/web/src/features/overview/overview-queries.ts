import { type DeviceState, endpoints } from '@sfc/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import { ago } from '../../lib/time.ts';
import { collectPages } from './collect-pages.ts';

const PAGE = 1000;
const MAX_PAGES = 20;
const DAY = 86_400;

export interface DeviceTypeStats {
  devices: number;
  byState: Record<DeviceState, number>;
  messagesLastDay: number;
  /** False when a count stopped at the page cap (a lower bound). */
  complete: boolean;
}

async function deviceTypeStats(id: string, signal: AbortSignal): Promise<DeviceTypeStats> {
  const [devices, messages] = await Promise.all([
    collectPages(
      api.call(endpoints.listDevices, { params: { id }, query: { limit: PAGE }, signal }),
      (url) => api.follow(endpoints.listDevices, url, { signal }),
      MAX_PAGES,
    ),
    collectPages(
      api.call(endpoints.listDeviceTypeMessages, {
        params: { id },
        query: { limit: PAGE, since: ago(DAY, 's') },
        signal,
      }),
      (url) => api.follow(endpoints.listDeviceTypeMessages, url, { signal }),
      MAX_PAGES,
    ),
  ]);
  const byState: Record<DeviceState, number> = { 0: 0, 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const d of devices.items) byState[d.state] += 1;
  return {
    devices: devices.items.length,
    byState,
    messagesLastDay: messages.items.length,
    complete: devices.complete && messages.complete,
  };
}

export const overviewQueries = {
  all: () => ['overview'] as const,
  /** Devices by state and messages of the last day, for one device type. */
  deviceTypeStats: (id: string) =>
    queryOptions({
      queryKey: [...overviewQueries.all(), 'deviceTypeStats', id] as const,
      queryFn: ({ signal }) => deviceTypeStats(id, signal),
      staleTime: 60_000,
    }),
  /** The latest messages whose callback failed, across the credentials' group. */
  callbackFailures: () =>
    queryOptions({
      queryKey: [...overviewQueries.all(), 'callbackFailures'] as const,
      queryFn: ({ signal }) => api.call(endpoints.listCallbackErrors, { query: { limit: 10 }, signal }),
    }),
  /** The latest error and warn events of one device type. */
  latestEvents: (id: string) =>
    queryOptions({
      queryKey: [...overviewQueries.all(), 'latestEvents', id] as const,
      queryFn: async ({ signal }) => {
        const [errors, warns] = await Promise.all([
          api.call(endpoints.listDeviceTypeErrorEvents, { params: { id }, query: { limit: 5 }, signal }),
          api.call(endpoints.listDeviceTypeWarnEvents, { params: { id }, query: { limit: 5 }, signal }),
        ]);
        return [...errors.data, ...warns.data];
      },
    }),
};
