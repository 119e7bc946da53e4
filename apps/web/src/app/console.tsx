import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type createBrowserRouter, RouterProvider } from 'react-router';
import { authQueries } from '../features/auth/auth-queries.ts';
import { paths } from './paths.ts';
import { createQueryClient } from './query-client.ts';
import { createRoutes } from './routes.tsx';

type AppRouter = ReturnType<typeof createBrowserRouter>;

export interface Console {
  queryClient: QueryClient;
  router: AppRouter;
}

/**
 * Wires the query client to the router: when any request answers 401 the session
 * is forgotten and the user goes to login, which brings them back here afterwards.
 */
export function createConsole(
  makeRouter: (routes: ReturnType<typeof createRoutes>) => AppRouter,
  options: { retry?: boolean } = {},
): Console {
  let router: AppRouter | undefined;
  const queryClient = createQueryClient({
    retry: options.retry,
    onUnauthorized: () => {
      queryClient.setQueryData(authQueries.session().queryKey, null);
      if (!router) return;
      const { pathname, search } = router.state.location;
      if (pathname !== paths.login())
        void router.navigate(paths.login(`${pathname}${search}`), { replace: true });
    },
  });
  router = makeRouter(createRoutes(queryClient));
  return { queryClient, router };
}

export function ConsoleApp({ queryClient, router }: Console) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
