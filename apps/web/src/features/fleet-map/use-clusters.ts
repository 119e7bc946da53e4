import { useEffect, useRef, useState } from 'react';
import type { MapViewport } from '../../components/map/index.ts';
import { ClusterClient } from './cluster-client.ts';
import { normaliseBox } from './cluster-index.ts';
import type { ClusterItem } from './cluster-protocol.ts';
import type { FleetDevice } from './fleet-device.ts';

export interface ClusterView {
  items: ClusterItem[];
  /** Indices of the devices in view that pass the filters. */
  inView: Int32Array;
}

/**
 * Clusters of the filtered fleet for the viewport, computed in a worker. Answers
 * that arrive after a newer request are dropped, so a fast pan never shows an old
 * view. `expand` answers the zoom at which a cluster splits.
 */
export function useClusters(
  devices: readonly FleetDevice[] | undefined,
  included: Int32Array | undefined,
  viewport: MapViewport | undefined,
) {
  const client = useRef<ClusterClient | null>(null);
  const [indexed, setIndexed] = useState<{ devices: readonly FleetDevice[]; included: Int32Array } | null>(
    null,
  );
  const [view, setView] = useState<ClusterView | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const loaded = useRef<readonly FleetDevice[] | null>(null);
  const latest = useRef(0);

  useEffect(() => {
    const c = new ClusterClient();
    client.current = c;
    return () => {
      c.terminate();
      client.current = null;
      loaded.current = null;
    };
  }, []);

  useEffect(() => {
    const c = client.current;
    if (!c || !devices || !included) return;
    let current = true;
    const run = async () => {
      if (loaded.current !== devices) {
        const coords = new Float64Array(devices.length * 2);
        const states = new Uint8Array(devices.length);
        devices.forEach((d, i) => {
          coords[2 * i] = d.lng;
          coords[2 * i + 1] = d.lat;
          states[i] = d.state;
        });
        loaded.current = devices;
        await c.load(coords, states, included);
      } else {
        await c.filter(included);
      }
      if (current) setIndexed({ devices, included });
    };
    run().catch((e: unknown) => current && setError(e instanceof Error ? e : new Error(String(e))));
    return () => {
      current = false;
    };
  }, [devices, included]);

  useEffect(() => {
    const c = client.current;
    if (!c || !indexed || !viewport) return;
    const id = ++latest.current;
    const { west, south, east, north } = viewport.bounds;
    c.view(normaliseBox(west, south, east, north), viewport.zoom)
      .then((answer) => {
        if (id === latest.current) setView({ items: answer.items, inView: answer.inView });
      })
      .catch((e: unknown) => setError(e instanceof Error ? e : new Error(String(e))));
  }, [indexed, viewport]);

  const expand = (clusterId: number) =>
    client.current?.expansionZoom(clusterId) ?? Promise.reject(new Error('No worker'));
  return { view: indexed ? view : null, error, expand };
}
