import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FeatureCollection } from 'geojson';
import { canvas } from 'leaflet';
import { useMemo } from 'react';
import { GeoJSON, Pane } from 'react-leaflet';
import { feature } from 'topojson-client';
import { unwrapAntimeridian } from './antimeridian.ts';
// Natural Earth 1:50m country shapes (world-atlas), served by the console itself: the
// map needs no request beyond its own origin.
import countriesUrl from 'world-atlas/countries-50m.json?url';

type Topology = Parameters<typeof feature>[0];
type TopoObject = Parameters<typeof feature>[1];

const basemapQuery = queryOptions({
  queryKey: ['basemap', 'countries-50m'] as const,
  queryFn: async ({ signal }): Promise<FeatureCollection> => {
    const response = await fetch(countriesUrl, { signal });
    if (!response.ok) throw new Error(`Basemap: HTTP ${response.status}`);
    const topology = (await response.json()) as Topology;
    const countries = topology.objects.countries as TopoObject;
    return unwrapAntimeridian(feature(topology, countries) as FeatureCollection);
  },
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
});

const LAND_STYLE = {
  color: '#a39e90',
  weight: 0.8,
  fillColor: '#ece8dc',
  fillOpacity: 1,
  interactive: false,
};

/**
 * The offline basemap: country shapes drawn on a canvas below every other layer.
 * Leaflet's canvas renderer clips and simplifies per zoom, so panning stays cheap.
 */
export function OfflineBasemap() {
  const { data } = useQuery(basemapQuery);
  const renderer = useMemo(() => canvas({ padding: 0.5 }), []);
  if (!data) return null;
  return (
    <Pane name="basemap" className="map-basemap-pane">
      <GeoJSON
        data={data}
        style={() => ({ ...LAND_STYLE, renderer })}
        interactive={false}
        attribution="Country shapes: Natural Earth"
      />
    </Pane>
  );
}
