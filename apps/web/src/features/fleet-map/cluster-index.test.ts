import { describe, expect, it } from 'vitest';
import { ClusterIndex, normaliseBox } from './cluster-index.ts';

/** n devices on a small spiral around (lng, lat), states cycling through 0-4. */
function fleet(n: number, lng: number, lat: number) {
  const coords = new Float64Array(2 * n);
  const states = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    coords[2 * i] = lng + 0.001 * i * Math.cos(i);
    coords[2 * i + 1] = lat + 0.001 * i * Math.sin(i);
    states[i] = i % 5;
  }
  return { coords, states, all: Int32Array.from({ length: n }, (_, i) => i) };
}

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

describe('ClusterIndex', () => {
  it('answers clusters whose counts add up to the devices included, with their states', () => {
    const { coords, states, all } = fleet(1000, 1.44, 43.6);
    const index = new ClusterIndex();
    index.load(coords, states, all);
    const items = index.view(WORLD, 3);
    expect(items.reduce((sum, item) => sum + item.count, 0)).toBe(1000);
    const states0to4 = items.reduce(
      (acc, item) => acc.map((v, k) => v + (item.states[k] ?? 0)),
      [0, 0, 0, 0, 0],
    );
    expect(states0to4).toEqual([200, 200, 200, 200, 200]);
    expect(items.some((item) => item.clusterId !== undefined)).toBe(true);
  });

  it('counts each state once per cluster at every zoom level', () => {
    const { coords, states, all } = fleet(2000, 1.44, 43.6);
    const index = new ClusterIndex();
    index.load(coords, states, all);
    for (let zoom = 0; zoom <= 17; zoom++) {
      for (const item of index.view(WORLD, zoom)) {
        expect(item.states.reduce((a, b) => a + b, 0)).toBe(item.count);
      }
    }
  });

  it('shows devices one by one past the last clustering zoom', () => {
    const { coords, states, all } = fleet(50, 1.44, 43.6);
    const index = new ClusterIndex();
    index.load(coords, states, all);
    const items = index.view(WORLD, 18);
    expect(items).toHaveLength(50);
    expect(items.map((item) => item.index).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([...all]);
  });

  it('re-clusters only the devices that pass a filter', () => {
    const { coords, states, all } = fleet(500, 1.44, 43.6);
    const index = new ClusterIndex();
    index.load(coords, states, all);
    index.filter(all.filter((i) => states[i] === 1));
    const items = index.view(WORLD, 3);
    expect(items.reduce((sum, item) => sum + item.count, 0)).toBe(100);
    expect(items.every((item) => item.states[1] === item.count)).toBe(true);
  });

  it('splits a cluster at its expansion zoom', () => {
    const { coords, states, all } = fleet(300, 1.44, 43.6);
    const index = new ClusterIndex();
    index.load(coords, states, all);
    const cluster = index.view(WORLD, 2).find((item) => item.clusterId !== undefined);
    const zoom = index.expansionZoom(cluster?.clusterId ?? -1);
    expect(zoom).toBeGreaterThan(2);
    expect(index.view(WORLD, zoom).length).toBeGreaterThan(1);
  });

  it('lists the devices in a box, also across the antimeridian', () => {
    const coords = Float64Array.from([179.5, 10, -179.5, 10, 0, 10, 179.5, 50]);
    const index = new ClusterIndex();
    index.load(coords, new Uint8Array(4), Int32Array.from([0, 1, 2, 3]));
    expect(Array.from(index.inView([179, 0, -179, 20]))).toEqual([0, 1]);
    expect(Array.from(index.inView([-1, 0, 1, 20]))).toEqual([2]);
  });
});

describe('normaliseBox', () => {
  it('wraps longitudes into [-180, 180] and takes the whole world when wider', () => {
    expect(normaliseBox(170, -10, 190, 10)).toEqual([170, -10, -170, 10]);
    expect(normaliseBox(-400, -95, 400, 95)).toEqual([-180, -90, 180, 90]);
    expect(normaliseBox(-10, 40, 10, 50)).toEqual([-10, 40, 10, 50]);
  });
});
