import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../app/prefetch.ts';
import { DevicePage } from './device-page.tsx';
import { deviceQueries } from './device-queries.ts';

export function deviceRoute(qc: QueryClient) {
  return {
    loader: ({ params }: LoaderFunctionArgs) =>
      prefetch(qc, () => [qc.ensureQueryData(deviceQueries.detail(params.deviceId ?? ''))]),
    Component: DevicePage,
  };
}
