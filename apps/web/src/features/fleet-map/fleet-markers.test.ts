import { describe, expect, it } from 'vitest';
import type { FleetDevice } from './fleet-device.ts';
import { stateMix, stateRing, toMarkers } from './fleet-markers.ts';

const fridge: FleetDevice = {
  id: '1A2B',
  name: 'Fridge 1',
  type: 'aaaaaaaaaaaaaaaaaaaaaaaa',
  typeName: 'Fridges',
  state: 1,
  last: 0,
  averageSnr: undefined,
  lat: 43.6,
  lng: 1.44,
  radius: undefined,
};

describe('toMarkers', () => {
  it('names clusters by their count and states, and devices by name, id and state', () => {
    const markers = toMarkers(
      [
        { lng: 2, lat: 48, clusterId: 7, count: 1234, states: [1200, 30, 4, 0, 0] },
        { lng: 1.44, lat: 43.6, count: 1, index: 0, states: [0, 1, 0, 0, 0] },
      ],
      [fridge],
      '1A2B',
    );
    expect(markers.map((m) => m.label)).toEqual([
      'Cluster of 1,234 devices: 1200 OK, 30 KO, 4 Off contract',
      'Device Fridge 1 (1A2B), KO',
    ]);
    expect(markers[0]?.text).toBe('1234');
    expect(markers[1]?.className).toBe('map-dot map-dot--ko');
    expect(markers[1]?.selected).toBe(true);
  });
});

describe('stateRing', () => {
  it('gives each state an arc as wide as its share', () => {
    expect(stateRing([3, 1, 0, 0, 0], 4)).toBe(
      'conic-gradient(#2e9d57 0.0deg 270.0deg, #c62828 270.0deg 360.0deg)',
    );
    expect(stateMix([0, 0, 0, 2, 5])).toBe('2 Disabled, 5 Warning');
  });
});
