import Supercluster, { type PointFeature } from 'supercluster';
import type { ClusterItem, StateCounts } from './cluster-protocol.ts';

interface PointProps {
  i: number;
  s: StateCounts;
}

/** Pixel radius of a cluster and the zoom past which devices show one by one. */
const RADIUS = 60;
const MAX_ZOOM = 16;

/**
 * The fleet's spatial index (supercluster): clusters per zoom, each carrying its
 * count of devices per state so a cluster can show its mix. Pure, so it runs in
 * the worker and in unit tests alike.
 */
export class ClusterIndex {
  private coords: Float64Array<ArrayBufferLike> = new Float64Array(0);
  private states: Uint8Array<ArrayBufferLike> = new Uint8Array(0);
  private included: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private index = new Supercluster<PointProps, PointProps>({
    radius: RADIUS,
    maxZoom: MAX_ZOOM,
  });

  load(coords: Float64Array, states: Uint8Array, included: Int32Array): void {
    this.coords = coords;
    this.states = states;
    this.filter(included);
  }

  filter(included: Int32Array): void {
    this.included = included;
    const features = new Array<PointFeature<PointProps>>(included.length);
    for (let k = 0; k < included.length; k++) {
      const i = included[k] as number;
      const s: StateCounts = [0, 0, 0, 0, 0];
      s[this.states[i] as 0 | 1 | 2 | 3 | 4] = 1;
      features[k] = {
        type: 'Feature',
        properties: { i, s },
        geometry: {
          type: 'Point',
          coordinates: [this.coords[2 * i] as number, this.coords[2 * i + 1] as number],
        },
      };
    }
    this.index = new Supercluster<PointProps, PointProps>({
      radius: RADIUS,
      maxZoom: MAX_ZOOM,
      map: (p) => ({ i: -1, s: [...p.s] as StateCounts }),
      // supercluster copies a cluster's properties shallowly between zoom levels: a new
      // array each time, never a change in place, or lower zooms would count twice.
      reduce: (acc, p) => {
        acc.s = acc.s.map((v, k) => v + (p.s[k] as number)) as StateCounts;
      },
    }).load(features);
  }

  get size(): number {
    return this.included.length;
  }

  /** Clusters and single devices in a box [west, south, east, north]. */
  view(bbox: [number, number, number, number], zoom: number): ClusterItem[] {
    return this.index.getClusters(bbox, Math.round(zoom)).map((f) => {
      const [lng, lat] = f.geometry.coordinates as [number, number];
      const p = f.properties;
      if ('cluster' in p && p.cluster) {
        return { lng, lat, clusterId: p.cluster_id, count: p.point_count, states: p.s };
      }
      return { lng, lat, count: 1, index: p.i, states: p.s };
    });
  }

  /** Indices of the included devices inside a box, in load order; handles a box across the antimeridian. */
  inView([west, south, east, north]: [number, number, number, number]): Int32Array {
    const wraps = west > east;
    const out = new Int32Array(this.included.length);
    let n = 0;
    for (let k = 0; k < this.included.length; k++) {
      const i = this.included[k] as number;
      const lng = this.coords[2 * i] as number;
      const lat = this.coords[2 * i + 1] as number;
      if (lat < south || lat > north) continue;
      if (wraps ? lng >= west || lng <= east : lng >= west && lng <= east) out[n++] = i;
    }
    return out.slice(0, n);
  }

  expansionZoom(clusterId: number): number {
    return Math.min(this.index.getClusterExpansionZoom(clusterId), MAX_ZOOM + 1);
  }
}

/** A Leaflet box as supercluster wants it: longitudes in [-180, 180], the whole world when wider. */
export function normaliseBox(
  west: number,
  south: number,
  east: number,
  north: number,
): [number, number, number, number] {
  const s = Math.max(-90, south);
  const n = Math.min(90, north);
  if (east - west >= 360) return [-180, s, 180, n];
  const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;
  return [wrap(west), s, wrap(east), n];
}
