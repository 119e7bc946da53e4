import { endpoints } from '@sfc/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import { pagedQueryOptions } from '../../lib/paged-query.ts';

export const deviceQueries = {
  all: () => ['devices'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...deviceQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => api.call(endpoints.getDevice, { params: { id }, signal }),
    }),
  /** Messages of one device, most recent first; paged. */
  messages: (id: string) =>
    pagedQueryOptions(
      [...deviceQueries.all(), 'detail', id, 'messages'] as const,
      (signal) => api.call(endpoints.listDeviceMessages, { params: { id }, signal }),
      (url, signal) => api.follow(endpoints.listDeviceMessages, url, { signal }),
    ),
};
