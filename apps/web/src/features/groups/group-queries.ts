import { endpoints, type GroupListQuery } from '@sfc/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import { pagedQueryOptions } from '../../lib/paged-query.ts';

export const groupQueries = {
  all: () => ['groups'] as const,
  /** Groups under the credentials' group, or under `parentId`; paged. */
  list: (query: Pick<GroupListQuery, 'parentId'> = {}) =>
    pagedQueryOptions(
      [...groupQueries.all(), 'list', query] as const,
      (signal) => api.call(endpoints.listGroups, { query, signal }),
      (url, signal) => api.follow(endpoints.listGroups, url, { signal }),
    ),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => api.call(endpoints.getGroup, { params: { id }, signal }),
    }),
};

export const userQueries = {
  all: () => ['users'] as const,
  /** Users holding a role in a group; paged. */
  byGroup: (groupId: string) =>
    pagedQueryOptions(
      [...userQueries.all(), 'list', { groupId }] as const,
      (signal) => api.call(endpoints.listUsers, { query: { groupId }, signal }),
      (url, signal) => api.follow(endpoints.listUsers, url, { signal }),
    ),
};
