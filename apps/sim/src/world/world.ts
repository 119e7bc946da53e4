import { createBaseStations } from './base-stations.ts';
import { createCallbacks } from './callbacks.ts';
import { createDevices } from './devices.ts';
import { createOrganisation } from './organisation.ts';
import { createRng, hashInts } from './rng.ts';
import type { NetworkIncident, Rng, SimDevice, World, WorldOptions } from './types.ts';
import { createUsers } from './users.ts';

/** Independent random streams per part: changing one part never reshuffles another. */
export const STREAM = {
  organisation: 1,
  stations: 2,
  devices: 3,
  callbacks: 4,
  users: 5,
  incidents: 6,
  history: 7,
} as const;

export const streamRng = (seed: number, stream: number, index = 0): Rng =>
  createRng(hashInts(seed, stream, index));

/** Everything except history: organisation, stations, devices, callbacks, users, incidents. */
export function createWorld(opts: WorldOptions): World {
  const nowSec = Math.floor(opts.now / 1000);
  const span = { startSec: nowSec - Math.round(opts.historyDays * 86400), endSec: nowSec };
  const org = createOrganisation(streamRng(opts.seed, STREAM.organisation), nowSec);
  const baseStations = createBaseStations(streamRng(opts.seed, STREAM.stations));
  const devices = createDevices(streamRng(opts.seed, STREAM.devices), opts, org.placedTypes, baseStations);
  const incidents = createIncidents(streamRng(opts.seed, STREAM.incidents), devices, span);
  markWarnDevices(devices, incidents, nowSec);
  return {
    groups: org.groups,
    contracts: org.contracts,
    deviceTypes: org.deviceTypes,
    devices,
    baseStations,
    callbacks: createCallbacks(streamRng(opts.seed, STREAM.callbacks), org.deviceTypes, span),
    users: createUsers(streamRng(opts.seed, STREAM.users), org.groupIdByKey, opts.now),
    geolocConfigs: org.geolocConfigs,
    credentials: org.credentials,
    incidents,
  };
}

/**
 * A few degraded stations over history (about one every five days), each the
 * best station of some device so that someone notices; the last one is still
 * going on at `now`, so a few devices end in state 4 (warn).
 */
function createIncidents(
  rng: Rng,
  devices: readonly SimDevice[],
  span: { startSec: number; endSec: number },
) {
  const served = devices.filter((d) => d.bestTap !== undefined);
  // Incidents happen inside history; too short a history has none.
  if (served.length === 0 || span.endSec - span.startSec < 3 * 3600) return [];
  const count = Math.max(2, Math.round((span.endSec - span.startSec) / (5 * 86400)));
  const incidents: NetworkIncident[] = [];
  for (let i = 0; i < count; i++) {
    const station = rng.pick(served).bestTap!;
    const last = i === count - 1;
    const hours = rng.int(2, 12);
    const from = last
      ? Math.max(span.startSec, span.endSec - rng.int(1, hours - 1) * 3600)
      : Math.floor(span.startSec + rng.float(0, 0.9) * (span.endSec - span.startSec));
    incidents.push({ station, from, to: from + hours * 3600 });
  }
  return incidents.sort((a, b) => a.from - b.from);
}

function markWarnDevices(
  devices: readonly SimDevice[],
  incidents: readonly NetworkIncident[],
  nowSec: number,
) {
  const ongoing = new Set(incidents.filter((x) => x.from <= nowSec && x.to > nowSec).map((x) => x.station));
  for (const d of devices) {
    if (d.state === 0 && d.activationTime !== undefined && ongoing.has(d.bestTap ?? '')) d.state = 4;
  }
}
