import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../app/prefetch.ts';
import { DevicePage } from './device-page.tsx';
import { deviceQueries } from './device-queries.ts';
import { DeviceSearchPage, searchedId } from './device-search-page.tsx';

export function deviceRoute(qc: QueryClient) {
  return {
    loader: ({ params }: LoaderFunctionArgs) =>
      prefetch(qc, () => [qc.ensureQueryData(deviceQueries.detail(params.deviceId ?? ''))]),
    Component: DevicePage,
  };
}

export function deviceSearchRoute(qc: QueryClient) {
  return {
    loader: ({ request }: LoaderFunctionArgs) => {
      const id = searchedId(new URL(request.url).searchParams);
      return prefetch(qc, () => (id ? [qc.ensureQueryData(deviceQueries.detail(id))] : []));
    },
    Component: DeviceSearchPage,
  };
}
