import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../app/prefetch.ts';
import { groupQueries } from './group-queries.ts';
import { GroupPage } from './group-page.tsx';
import { GroupsPage } from './groups-page.tsx';

export function groupsRoute(qc: QueryClient) {
  return {
    loader: () => prefetch(qc, () => [qc.ensureInfiniteQueryData(groupQueries.list())]),
    Component: GroupsPage,
  };
}

export function groupRoute(qc: QueryClient) {
  return {
    loader: ({ params }: LoaderFunctionArgs) =>
      prefetch(qc, () => [qc.ensureQueryData(groupQueries.detail(params.groupId ?? ''))]),
    Component: GroupPage,
  };
}
