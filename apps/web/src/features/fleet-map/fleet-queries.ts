import { endpoints } from '@sfc/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import { deviceQueries } from '../devices/device-queries.ts';
import { type Fleet, type FleetProgress, loadFleet } from './fleet-load.ts';

type Listener = () => void;

/**
 * The progress of the fleet load under way. Progress is not server state: it lives
 * here, beside the query, and the page subscribes with useSyncExternalStore.
 */
export const fleetProgress = {
  current: undefined as FleetProgress | undefined,
  /** Set by Cancel: the load under way ends after the pages in flight, keeping them. */
  stopRequested: false,
  listeners: new Set<Listener>(),
  set(progress: FleetProgress | undefined) {
    this.current = progress;
    for (const listener of this.listeners) listener();
  },
  stop() {
    fleetProgress.stopRequested = true;
    // A new snapshot, so the page shows at once that the load is stopping.
    if (fleetProgress.current) fleetProgress.set({ ...fleetProgress.current });
  },
  subscribe(listener: Listener) {
    fleetProgress.listeners.add(listener);
    return () => fleetProgress.listeners.delete(listener);
  },
  get: () => fleetProgress.current,
};

export const fleetQueries = {
  all: () => ['fleet'] as const,
  /** Every located device; minutes fresh, since following every page is costly. */
  devices: () =>
    queryOptions({
      queryKey: [...fleetQueries.all(), 'devices'] as const,
      queryFn: async ({ signal }): Promise<Fleet> => {
        fleetProgress.stopRequested = false;
        try {
          return await loadFleet(
            signal,
            (p) => fleetProgress.set(p),
            () => fleetProgress.stopRequested,
          );
        } finally {
          fleetProgress.set(undefined);
        }
      },
      staleTime: 5 * 60_000,
      retry: false,
      // A reload is a new fleet: comparing 100,000 devices field by field to keep
      // unchanged ones would cost more than it saves (the worker re-indexes anyway).
      structuralSharing: false,
    }),
  /** The newest message of a device (a one-message page), under the device's keys. */
  lastMessage: (id: string) =>
    queryOptions({
      queryKey: [...deviceQueries.detail(id).queryKey, 'messages', 'last'] as const,
      queryFn: async ({ signal }) =>
        (await api.call(endpoints.listDeviceMessages, { params: { id }, query: { limit: 1 }, signal }))
          .data[0] ?? null,
    }),
};
