import { type DeviceType, endpoints } from '@sfc/api';
import { api } from '../../lib/api-client.ts';
import { eachLimited } from '../../lib/each-limited.ts';
import { type FleetDevice, toFleetDevice } from './fleet-device.ts';

/** How far a fleet load has come. */
export interface FleetProgress {
  typesDone: number;
  typesTotal: number;
  devicesLoaded: number;
}

/** A fleet: the located devices, and how many had no position. */
export interface Fleet {
  devices: FleetDevice[];
  unlocated: number;
  deviceTypes: Pick<DeviceType, 'id' | 'name'>[];
  /** False when the user stopped the load: the devices are those read until then. */
  complete: boolean;
}

/** Devices per request: 100 requests for 100,000 devices instead of 1,000 at the default 100. */
const PAGE_SIZE = 1000;
/** Device types followed at once; each follows its own pages in order (`paging.next`). */
const PARALLEL_TYPES = 3;

async function loadType(
  type: Pick<DeviceType, 'id' | 'name'>,
  signal: AbortSignal,
  stopped: () => boolean,
  onPage: (located: FleetDevice[], unlocated: number) => void,
): Promise<void> {
  let page = await api.call(endpoints.listDevices, {
    params: { id: type.id },
    query: { limit: PAGE_SIZE },
    signal,
  });
  for (;;) {
    const located: FleetDevice[] = [];
    for (const device of page.data) {
      const placed = toFleetDevice(device, type.name);
      if (placed) located.push(placed);
    }
    onPage(located, page.data.length - located.length);
    const next = page.paging?.next;
    if (!next || stopped()) return;
    // Cancelled between two pages: stop here rather than wait for the next answer.
    signal.throwIfAborted();
    page = await api.follow(endpoints.listDevices, next, { signal });
  }
}

/**
 * Loads every device the credentials can see: all device types (sub-groups
 * included), every page of each. Reports progress after each page. `stopped` ends it
 * between pages with what was read (the user's Cancel); the signal aborts it outright
 * (the page left).
 */
export async function loadFleet(
  signal: AbortSignal,
  report: (p: FleetProgress) => void,
  stopped: () => boolean = () => false,
): Promise<Fleet> {
  const types = await api.call(endpoints.listDeviceTypes, { query: { includeSubGroups: true }, signal });
  const deviceTypes = types.data.map(({ id, name }) => ({ id, name }));
  const byType = new Map<string, FleetDevice[]>();
  let unlocated = 0;
  const progress: FleetProgress = { typesDone: 0, typesTotal: deviceTypes.length, devicesLoaded: 0 };
  report({ ...progress });

  await eachLimited(
    deviceTypes,
    PARALLEL_TYPES,
    async (type) => {
      const list: FleetDevice[] = [];
      byType.set(type.id, list);
      await loadType(type, signal, stopped, (located, missing) => {
        list.push(...located);
        unlocated += missing;
        progress.devicesLoaded += located.length + missing;
        report({ ...progress });
      });
      progress.typesDone += 1;
      report({ ...progress });
    },
    stopped,
  );
  // Device type order, whatever order the pages arrived in: the list stays stable between loads.
  const devices = deviceTypes.flatMap((t) => byType.get(t.id) ?? []);
  return { devices, unlocated, deviceTypes, complete: !stopped() };
}
