import type { QueryClient } from '@tanstack/react-query';
import { type RouteObject, redirect } from 'react-router';
import { AppLayout } from '../components/layout/app-layout.tsx';
import { RootLayout } from '../components/layout/root-layout.tsx';
import { NotFound, RouteError } from '../components/layout/route-error.tsx';
import { LoadingState } from '../components/status/loading-state.tsx';
import { redirectIfLoggedIn, requireSession } from '../features/auth/require-session.ts';
import { paths, patterns } from './paths.ts';

const overview = () => import('../features/overview/route.tsx');
const groups = () => import('../features/groups/route.tsx');
const deviceTypes = () => import('../features/device-types/route.tsx');
const payloadTool = () => import('../features/payload-tool/route.tsx');
const coverage = () => import('../features/coverage/route.tsx');
const callbackErrors = () => import('../features/callback-errors/route.tsx');
const audit = () => import('../features/audit/route.tsx');
const devices = () => import('../features/devices/route.tsx');
const fleetMap = () => import('../features/fleet-map/route.tsx');

function deviceTypeTabs(qc: QueryClient): RouteObject[] {
  return [
    {
      index: true,
      loader: ({ params }) => redirect(paths.deviceTypes.detail(params.deviceTypeId ?? '', 'settings')),
    },
    { path: 'settings', lazy: async () => (await deviceTypes()).settingsTabRoute() },
    { path: 'devices', lazy: async () => (await deviceTypes()).devicesTabRoute(qc) },
    { path: 'messages', lazy: async () => (await deviceTypes()).messagesTabRoute(qc) },
    { path: 'callbacks', lazy: async () => (await deviceTypes()).callbacksTabRoute(qc) },
    { path: 'events', lazy: async () => (await deviceTypes()).eventsTabRoute(qc) },
    { path: 'register', lazy: async () => (await deviceTypes()).registerTabRoute() },
  ];
}

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
      hydrateFallbackElement: <LoadingState />,
      children: [
        {
          path: patterns.login,
          loader: redirectIfLoggedIn(qc),
          // Lazy too: a returning user with a session never downloads the login form.
          lazy: async () => ({ Component: (await import('../features/auth/login-page.tsx')).LoginPage }),
        },
        {
          loader: requireSession(qc),
          element: <AppLayout />,
          children: [
            {
              // A failing page keeps the shell (header, navigation) around its error.
              errorElement: <RouteError />,
              children: [
                { index: true, lazy: async () => (await overview()).overviewRoute(qc) },
                { path: patterns.groups, lazy: async () => (await groups()).groupsRoute(qc) },
                { path: patterns.group, lazy: async () => (await groups()).groupRoute(qc) },
                { path: patterns.deviceTypes, lazy: async () => (await deviceTypes()).deviceTypesRoute(qc) },
                {
                  path: patterns.deviceType,
                  lazy: async () => (await deviceTypes()).deviceTypeRoute(qc),
                  children: deviceTypeTabs(qc),
                },
                { path: patterns.devices, lazy: async () => (await devices()).deviceSearchRoute(qc) },
                { path: patterns.payloadTool, lazy: async () => (await payloadTool()).payloadToolRoute() },
                { path: patterns.coverage, lazy: async () => (await coverage()).coverageRoute() },
                {
                  path: patterns.deploymentCheck,
                  lazy: async () => (await coverage()).deploymentCheckRoute(),
                },
                {
                  path: patterns.callbackErrors,
                  lazy: async () => (await callbackErrors()).callbackErrorsRoute(qc),
                },
                { path: patterns.audit, lazy: async () => (await audit()).auditRoute(qc) },
                { path: patterns.device, lazy: async () => (await devices()).deviceRoute(qc) },
                { path: patterns.fleetMap, lazy: async () => (await fleetMap()).fleetMapRoute() },
                { path: '*', element: <NotFound /> },
              ],
            },
          ],
        },
      ],
    },
  ];
}
