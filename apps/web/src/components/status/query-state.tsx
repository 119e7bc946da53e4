import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from './error-state.tsx';
import { LoadingState } from './loading-state.tsx';

interface QueryStateProps<T> {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'refetch' | 'isPending'>;
  loadingLabel?: string;
  children: (data: T) => ReactNode;
}

/** Loading and error states of one query, the same on every view; renders `children` with the data. */
export function QueryState<T>({ query, loadingLabel, children }: QueryStateProps<T>) {
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending || query.data === undefined) return <LoadingState label={loadingLabel} />;
  return <>{children(query.data)}</>;
}
