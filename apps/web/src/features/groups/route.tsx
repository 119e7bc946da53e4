import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { warm } from '../../lib/warm.ts';
import { groupQueries } from './group-queries.ts';
import { GroupPage } from './group-page.tsx';
import { GroupsPage } from './groups-page.tsx';

export function groupsRoute(qc: QueryClient) {
  return {
    loader: () => warm(qc.ensureInfiniteQueryData(groupQueries.list())),
    Component: GroupsPage,
  };
}

export function groupRoute(qc: QueryClient) {
  return {
    loader: ({ params }: LoaderFunctionArgs) =>
      warm(qc.ensureQueryData(groupQueries.detail(params.groupId ?? ''))),
    Component: GroupPage,
  };
}
