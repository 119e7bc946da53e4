import { PENETRATION_LOSS_DB, linksAt } from './coverage.ts';
import { type DeviceModel, modelByKey } from './models.ts';
import { hashInts } from './rng.ts';
import { LINK_FLOOR_DBM } from './reception.ts';
import type { SimCallback, SimDevice, SimDeviceType, StationLink, World } from './types.ts';

/** Lookups derived from a world once, shared by history and live traffic. */
export interface WorldContext {
  typeById: Map<string, SimDeviceType>;
  modelByType: Map<string, DeviceModel>;
  spotitContracts: Set<string>;
  /** Enabled DATA callbacks that fail at some time, per device type. */
  failingData: Map<string, SimCallback[]>;
  /** ERROR callbacks per device type (they report status events). */
  errorCallbacks: Map<string, SimCallback[]>;
}

const cache = new WeakMap<World, WorldContext>();

export function worldContext(world: World): WorldContext {
  const hit = cache.get(world);
  if (hit) return hit;
  const push = (map: Map<string, SimCallback[]>, cb: SimCallback) => {
    const list = map.get(cb.deviceType);
    if (list) list.push(cb);
    else map.set(cb.deviceType, [cb]);
  };
  const failingData = new Map<string, SimCallback[]>();
  const errorCallbacks = new Map<string, SimCallback[]>();
  for (const cb of world.callbacks) {
    if (cb.callbackType === 0 && cb.enabled && cb.failure) push(failingData, cb);
    if (cb.callbackType === 2) push(errorCallbacks, cb);
  }
  const ctx: WorldContext = {
    typeById: new Map(world.deviceTypes.map((t) => [t.id, t])),
    modelByType: new Map(world.deviceTypes.map((t) => [t.id, modelByKey(t.model)])),
    spotitContracts: new Set(world.contracts.filter((c) => c.geolocation).map((c) => c.id)),
    failingData,
    errorCallbacks,
  };
  cache.set(world, ctx);
  return ctx;
}

/** Stations that may hear a device where it is installed (its mode's penetration loss included). */
export function deviceLinks(world: World, device: SimDevice): StationLink[] {
  return linksAt(
    world.baseStations,
    device.homeLat,
    device.homeLng,
    PENETRATION_LOSS_DB[device.mode],
    LINK_FLOOR_DBM,
  );
}

/** The per-device constant that payload generators and tracker paths depend on. */
export function deviceKey(device: SimDevice): number {
  return hashInts(Number.parseInt(device.id, 16), 0x5eed);
}
