import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../app/prefetch.ts';
import { readView, toFilter } from './callback-error-filter.ts';
import { callbackErrorQueries } from './callback-error-queries.ts';
import { CallbackErrorsPage } from './callback-errors-page.tsx';

export function callbackErrorsRoute(qc: QueryClient) {
  return {
    loader: ({ request }: LoaderFunctionArgs) => {
      const filter = toFilter(readView(new URL(request.url).searchParams));
      return prefetch(qc, () => [qc.prefetchInfiniteQuery(callbackErrorQueries.list(filter))]);
    },
    Component: CallbackErrorsPage,
  };
}
