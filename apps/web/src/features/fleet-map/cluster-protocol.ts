/*
 * Messages between the fleet map and its clustering worker. Coordinates and index
 * lists travel as typed arrays (transferred, not copied) so 100,000 devices cost
 * one memcpy-free hand-over instead of 100,000 structured-clone objects.
 */

/** Count of devices per state code 0-4 (OK, KO, off contract, disabled, warning). */
export type StateCounts = [number, number, number, number, number];

export type ClusterRequest =
  /** All located devices: `coords` is lng,lat pairs; `states` the state code of each. */
  | { kind: 'load'; id: number; coords: Float64Array; states: Uint8Array; included: Int32Array }
  /** The devices that pass the filters, as indices into the loaded arrays. */
  | { kind: 'filter'; id: number; included: Int32Array }
  /** Clusters and points for a box [west, south, east, north] at a zoom level. */
  | { kind: 'view'; id: number; bbox: [number, number, number, number]; zoom: number }
  /** The zoom level at which a cluster splits. */
  | { kind: 'expand'; id: number; clusterId: number };

export interface ClusterItem {
  lng: number;
  lat: number;
  /** Present for a cluster. */
  clusterId?: number;
  /** 1 for a single device. */
  count: number;
  /** For a single device, its index in the loaded arrays. */
  index?: number;
  states: StateCounts;
}

export type ClusterResponse =
  | { kind: 'indexed'; id: number; included: number; millis: number }
  | {
      kind: 'view';
      id: number;
      items: ClusterItem[];
      /** Indices of the included devices inside the box, in load order. */
      inView: Int32Array;
    }
  | { kind: 'expand'; id: number; zoom: number }
  | { kind: 'error'; id: number; message: string };
