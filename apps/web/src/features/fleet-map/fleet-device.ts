import type { Device, DeviceState } from '@sfc/api';

/** A device as the fleet map holds it: where it is, and what the filters read. */
export interface FleetDevice {
  id: string;
  name: string;
  /** Device type id and name. */
  type: string;
  typeName: string;
  state: DeviceState;
  /** Last message, epoch seconds; 0 when it never sent one. */
  last: number;
  averageSnr: number | undefined;
  /** Computed location first, else the provided one. */
  lat: number;
  lng: number;
  /** Uncertainty in metres of a computed location; undefined for a provided position. */
  radius: number | undefined;
}

/** Device state names (reference: Devices API, `state`), in code order. */
export const STATE_NAMES: Readonly<Record<DeviceState, string>> = {
  0: 'OK',
  1: 'KO',
  2: 'Off contract',
  3: 'Disabled',
  4: 'Warning',
};

/** CSS modifier of each state, in code order (map.css `map-dot--…`). */
export const STATE_CLASSES: Readonly<Record<DeviceState, string>> = {
  0: 'ok',
  1: 'ko',
  2: 'off-contract',
  3: 'disabled',
  4: 'warn',
};

/** The states in code order. */
export const STATES: readonly DeviceState[] = [0, 1, 2, 3, 4];

/**
 * Where the map puts a device: the network's computed location, else the position
 * given at registration; undefined when it has neither.
 */
export function toFleetDevice(device: Device, typeName: string): FleetDevice | undefined {
  const computed = device.computedLocation;
  const lat = computed?.lat ?? device.lat;
  const lng = computed?.lng ?? device.lng;
  if (lat === undefined || lng === undefined) return undefined;
  return {
    id: device.id,
    name: device.name ?? device.id,
    type: device.type,
    typeName,
    state: device.state,
    last: device.last,
    averageSnr: device.averageSnr ?? device.averageSignal,
    lat,
    lng,
    radius: computed ? computed.radius : undefined,
  };
}
