import type { QueryClient } from '@tanstack/react-query';
import { prefetch } from '../../app/prefetch.ts';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';
import { OverviewPage } from './overview-page.tsx';
import { overviewQueries } from './overview-queries.ts';

export function overviewRoute(qc: QueryClient) {
  return {
    loader: () =>
      prefetch(qc, () => [
        qc.ensureQueryData(deviceTypeQueries.list({ includeSubGroups: true })),
        qc.ensureQueryData(overviewQueries.callbackFailures()),
      ]),
    Component: OverviewPage,
  };
}
