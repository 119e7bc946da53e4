import type { QueryClient } from '@tanstack/react-query';
import { warm } from '../../lib/warm.ts';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';
import { OverviewPage } from './overview-page.tsx';
import { overviewQueries } from './overview-queries.ts';

export function overviewRoute(qc: QueryClient) {
  return {
    loader: () =>
      warm(
        qc.ensureQueryData(deviceTypeQueries.list({ includeSubGroups: true })),
        qc.ensureQueryData(overviewQueries.callbackFailures()),
      ),
    Component: OverviewPage,
  };
}
