import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetch } from '../../app/prefetch.ts';
import { callbackQueries } from '../callbacks/callback-queries.ts';
import { CallbacksTab } from '../callbacks/callbacks-tab.tsx';
import { DeviceTypeLayout } from './device-type-layout.tsx';
import { deviceTypeQueries } from './device-type-queries.ts';
import { DeviceTypesPage, readListView } from './device-types-page.tsx';
import { DevicesTab, readSnr } from './devices-tab.tsx';
import { EventsTab } from './events-tab.tsx';
import { MessagesTab } from './messages-tab.tsx';
import { RegisterTab } from './register/register-tab.tsx';
import { SettingsTab } from './settings-tab.tsx';

/*
 * Lazy route modules of the device-type screens. The route tree (app/routes.tsx)
 * declares the paths; each entry here adds the loader and component.
 */

const idOf = (args: LoaderFunctionArgs) => args.params.deviceTypeId ?? '';
const searchOf = (args: LoaderFunctionArgs) => new URL(args.request.url).searchParams;

export function deviceTypesRoute(qc: QueryClient) {
  return {
    loader: (args: LoaderFunctionArgs) =>
      prefetch(qc, () => [qc.ensureQueryData(deviceTypeQueries.list(readListView(searchOf(args))))]),
    Component: DeviceTypesPage,
  };
}

export function deviceTypeRoute(qc: QueryClient) {
  return {
    loader: (args: LoaderFunctionArgs) =>
      prefetch(qc, () => [qc.ensureQueryData(deviceTypeQueries.detail(idOf(args)))]),
    Component: DeviceTypeLayout,
  };
}

export function settingsTabRoute() {
  return { Component: SettingsTab };
}

export function devicesTabRoute(qc: QueryClient) {
  return {
    loader: (args: LoaderFunctionArgs) =>
      prefetch(qc, () => [
        qc.ensureInfiniteQueryData(deviceTypeQueries.devices(idOf(args), { snr: readSnr(searchOf(args)) })),
      ]),
    Component: DevicesTab,
  };
}

export function messagesTabRoute(qc: QueryClient) {
  return {
    loader: (args: LoaderFunctionArgs) =>
      prefetch(qc, () => [qc.ensureInfiniteQueryData(deviceTypeQueries.messages(idOf(args)))]),
    Component: MessagesTab,
  };
}

export function eventsTabRoute(qc: QueryClient) {
  return {
    loader: (args: LoaderFunctionArgs) =>
      prefetch(qc, () => [
        qc.ensureInfiniteQueryData(deviceTypeQueries.errorEvents(idOf(args))),
        qc.ensureInfiniteQueryData(deviceTypeQueries.warnEvents(idOf(args))),
      ]),
    Component: EventsTab,
  };
}

export function callbacksTabRoute(qc: QueryClient) {
  return {
    loader: (args: LoaderFunctionArgs) =>
      prefetch(qc, () => [qc.ensureQueryData(callbackQueries.list(idOf(args)))]),
    Component: CallbacksTab,
  };
}

export function registerTabRoute() {
  return { Component: RegisterTab };
}
