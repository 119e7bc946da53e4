import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { notify } from '../components/toast/toast-queue.ts';
import { errorMessage, isClientError, isUnauthorized } from '../lib/errors.ts';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** Toast shown when the mutation succeeds. */
      successMessage?: string;
      /** The form shows the error itself (field errors); no toast. */
      errorsShownInForm?: boolean;
    };
  }
}

interface QueryClientHooks {
  /** The session is gone: the app sends the user to login (and back afterwards). */
  onUnauthorized: () => void;
  /** Tests turn retries off; the app retries transient failures twice. */
  retry?: boolean | undefined;
}

/**
 * The error boundary of server state: a 401 anywhere means "log in again", a
 * mutation's outcome becomes a toast. Transport never does either itself.
 */
export function createQueryClient({ onUnauthorized, retry = true }: QueryClientHooks): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthorized(error)) onUnauthorized();
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) => {
        if (isUnauthorized(error)) return onUnauthorized();
        if (mutation.meta?.errorsShownInForm) return;
        notify({ tone: 'error', title: 'The change was not saved', description: errorMessage(error) });
      },
      onSuccess: (_data, _vars, _ctx, mutation) => {
        const title = mutation.meta?.successMessage;
        if (title) notify({ tone: 'success', title });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: retry ? (failures, error) => !isClientError(error) && failures < 2 : false,
      },
    },
  });
}
