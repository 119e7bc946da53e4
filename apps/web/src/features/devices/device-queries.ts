import { endpoints } from '@sfc/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import { pagedQueryOptions } from '../../lib/paged-query.ts';

/** A time window of a list, in the unit its endpoint takes (messages, locations: seconds; events: milliseconds). */
export interface TimeRange {
  since?: number | undefined;
  before?: number | undefined;
}

export const deviceQueries = {
  all: () => ['devices'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => api.call(endpoints.getDevice, { params: { id }, signal }),
    }),
  tokenState: (id: string) =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'detail', id, 'tokenState'] as const,
      queryFn: ({ signal }) => api.call(endpoints.getDeviceTokenState, { params: { id }, signal }),
    }),
  networkState: (id: string) =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'detail', id, 'networkState'] as const,
      queryFn: ({ signal }) => api.call(endpoints.getDeviceNetworkState, { params: { id }, signal }),
    }),
  metrics: (id: string) =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'detail', id, 'metrics'] as const,
      queryFn: ({ signal }) => api.call(endpoints.getDeviceMessageMetric, { params: { id }, signal }),
    }),
  consumptions: (id: string, year: number) =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'detail', id, 'consumptions', year] as const,
      queryFn: ({ signal }) =>
        api.call(endpoints.getDeviceConsumptions, { params: { id, year: String(year) }, signal }),
    }),
  /** Messages of one device, most recent first; paged; `range` in seconds. */
  messages: (id: string, range: TimeRange = {}) =>
    pagedQueryOptions(
      [...deviceQueries.all(), 'detail', id, 'messages', range] as const,
      (signal) => api.call(endpoints.listDeviceMessages, { params: { id }, query: range, signal }),
      (url, signal) => api.follow(endpoints.listDeviceMessages, url, { signal }),
    ),
  /** Locations of one device's messages, most recent first; paged; `range` in seconds (times in the answer: ms). */
  locations: (id: string, range: TimeRange = {}) =>
    pagedQueryOptions(
      [...deviceQueries.all(), 'detail', id, 'locations', range] as const,
      (signal) => api.call(endpoints.listDeviceLocations, { params: { id }, query: range, signal }),
      (url, signal) => api.follow(endpoints.listDeviceLocations, url, { signal }),
    ),
  errorEvents: (id: string) =>
    pagedQueryOptions(
      [...deviceQueries.all(), 'detail', id, 'events', 'error'] as const,
      (signal) => api.call(endpoints.listDeviceErrorEvents, { params: { id }, signal }),
      (url, signal) => api.follow(endpoints.listDeviceErrorEvents, url, { signal }),
    ),
  warnEvents: (id: string) =>
    pagedQueryOptions(
      [...deviceQueries.all(), 'detail', id, 'events', 'warn'] as const,
      (signal) => api.call(endpoints.listDeviceWarnEvents, { params: { id }, signal }),
      (url, signal) => api.follow(endpoints.listDeviceWarnEvents, url, { signal }),
    ),
};
