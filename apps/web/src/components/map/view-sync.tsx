import { latLngBounds, type Map as LeafletMap } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import type { Bounds, LatLng, MapViewport, MapViewState } from './map-types.ts';
import { sameView } from './view-math.ts';

function viewportOf(map: LeafletMap): MapViewport {
  const c = map.getCenter();
  const b = map.getBounds();
  return {
    lat: c.lat,
    lng: c.wrap().lng,
    zoom: map.getZoom(),
    bounds: { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() },
  };
}

interface ViewSyncProps {
  view: MapViewState | undefined;
  fit: (Bounds & { key: string }) | undefined;
  onViewChange: ((viewport: MapViewport) => void) | undefined;
  onClick: ((point: LatLng) => void) | undefined;
}

/**
 * Keeps the map and its owner in step: reports every settled view (and the first),
 * follows a `view` the owner sets (a URL, a cluster to zoom into), fits `fit` once
 * per key, and reports clicks.
 */
export function ViewSync({ view, fit, onViewChange, onClick }: ViewSyncProps) {
  const map = useMap();
  const report = useRef(onViewChange);
  report.current = onViewChange;
  const click = useRef(onClick);
  click.current = onClick;

  // Leaflet may end a move while the map is being removed (an animation cut short by
  // leaving the page): reported then, the owner would write a view into the URL of the
  // next page. Nothing is reported once unmounted.
  const mounted = useRef(false);
  useMapEvents({
    moveend: () => {
      if (mounted.current) report.current?.(viewportOf(map));
    },
    click: (e) => click.current?.({ lat: e.latlng.lat, lng: e.latlng.wrap().lng }),
  });

  useEffect(() => {
    mounted.current = true;
    report.current?.(viewportOf(map));
    return () => {
      mounted.current = false;
    };
  }, [map]);

  useEffect(() => {
    if (!view) return;
    const current = viewportOf(map);
    if (!sameView(current, view)) map.setView([view.lat, view.lng], view.zoom);
  }, [map, view]);

  const fitted = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!fit || fitted.current === fit.key) return;
    fitted.current = fit.key;
    const bounds = latLngBounds([fit.south, fit.west], [fit.north, fit.east]);
    map.fitBounds(bounds.pad(0.1), { maxZoom: 15 });
  }, [map, fit]);

  return null;
}
