import type { MapMarker } from '../../components/map/index.ts';
import type { ClusterItem } from './cluster-protocol.ts';
import { type FleetDevice, STATE_CLASSES, STATE_NAMES, STATES } from './fleet-device.ts';

/** Colours of the states, as map.css has them for dots (a conic gradient needs literal values). */
const STATE_COLOURS = ['#2e9d57', '#c62828', '#8d8799', '#4a4650', '#e0a100'] as const;

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** "80 OK, 3 KO": the states present in a cluster, in code order. */
export function stateMix(states: readonly number[]): string {
  return STATES.filter((s) => (states[s] ?? 0) > 0)
    .map((s) => `${states[s]} ${STATE_NAMES[s]}`)
    .join(', ');
}

/** A ring of the cluster's states, each arc as wide as its share. */
export function stateRing(states: readonly number[], count: number): string {
  let at = 0;
  const stops: string[] = [];
  STATES.forEach((s) => {
    const n = states[s] ?? 0;
    if (n === 0) return;
    const from = (at / count) * 360;
    at += n;
    stops.push(`${STATE_COLOURS[s]} ${from.toFixed(1)}deg ${((at / count) * 360).toFixed(1)}deg`);
  });
  return `conic-gradient(${stops.join(', ')})`;
}

/** Markers for what the worker answered: clusters with their count, devices as dots of their state's colour. */
export function toMarkers(
  items: readonly ClusterItem[],
  devices: readonly FleetDevice[],
  selected: string | undefined,
): MapMarker[] {
  const markers: MapMarker[] = [];
  for (const item of items) {
    if (item.clusterId !== undefined) {
      markers.push({
        key: `c${item.clusterId}`,
        lat: item.lat,
        lng: item.lng,
        label: `Cluster of ${plural(item.count, 'device', 'devices')}: ${stateMix(item.states)}`,
        text: item.count >= 10_000 ? `${Math.round(item.count / 1000)}k` : String(item.count),
        className: 'map-cluster',
        size: Math.round(30 + 6 * Math.log10(item.count)),
        background: stateRing(item.states, item.count),
      });
      continue;
    }
    const device = item.index === undefined ? undefined : devices[item.index];
    if (!device) continue;
    markers.push({
      key: `d${device.id}`,
      lat: item.lat,
      lng: item.lng,
      label: `Device ${device.name} (${device.id}), ${STATE_NAMES[device.state]}`,
      className: `map-dot map-dot--${STATE_CLASSES[device.state]}`,
      size: 16,
      selected: device.id === selected,
    });
  }
  return markers;
}

/** Sum of the devices the markers stand for. */
export function countOf(items: readonly ClusterItem[]): number {
  return items.reduce((sum, item) => sum + item.count, 0);
}
