import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { AppLayout } from '../components/layout/app-layout.tsx';
import { RootLayout } from '../components/layout/root-layout.tsx';
import { NotFound, RouteError } from '../components/layout/route-error.tsx';
import { LoginPage } from '../features/auth/login-page.tsx';
import { redirectIfLoggedIn, requireSession } from '../features/auth/require-session.ts';
import { patterns } from './paths.ts';

/**
 * The route tree. Routes take the QueryClient: loaders prefetch with
 * `ensureQueryData` so a page renders with its data. Feature screens are lazy
 * chunks, keeping login and overview light.
 */
export function createRoutes(qc: QueryClient): RouteObject[] {
  return [
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        { path: patterns.login, loader: redirectIfLoggedIn(qc), element: <LoginPage /> },
        {
          loader: requireSession(qc),
          element: <AppLayout />,
          children: [
            {
              // A failing page keeps the shell (header, navigation) around its error.
              errorElement: <RouteError />,
              children: [
                {
                  index: true,
                  lazy: async () => (await import('../features/overview/route.tsx')).overviewRoute(qc),
                },
                {
                  path: patterns.groups,
                  lazy: async () => (await import('../features/groups/route.tsx')).groupsRoute(qc),
                },
                {
                  path: patterns.group,
                  lazy: async () => (await import('../features/groups/route.tsx')).groupRoute(qc),
                },
                { path: '*', element: <NotFound /> },
              ],
            },
          ],
        },
      ],
    },
  ];
}
