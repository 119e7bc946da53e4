import 'leaflet/dist/leaflet.css';
import './map.css';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AttributionControl, MapContainer, TileLayer } from 'react-leaflet';
import { OfflineBasemap } from './basemap.tsx';
import { mapSettingsQuery } from './map-settings.ts';
import type { Bounds, LatLng, MapViewport, MapViewState } from './map-types.ts';
import { DEFAULT_VIEW } from './view-math.ts';
import { ViewSync } from './view-sync.tsx';

export interface MapViewProps {
  /** The map's accessible name (it is a landmark region). */
  label: string;
  /** The view to show; followed whenever it changes (e.g. from the URL). */
  view?: MapViewState | undefined;
  /** A box to fit, once per `key` (e.g. a track's extent). */
  fit?: (Bounds & { key: string }) | undefined;
  onViewChange?: (viewport: MapViewport) => void;
  onClick?: (point: LatLng) => void;
  /** Layers of this module: MarkerLayer, CircleLayer, LineLayer, CellLayer. */
  children?: ReactNode;
  /** Overlays drawn over the map's corner (legends), outside Leaflet. */
  overlay?: ReactNode;
  className?: string;
}

/**
 * The one map of the console. Features pass data and handlers; only this module
 * touches Leaflet. The basemap is the offline country shapes unless the deployment
 * configures a tile server (BFF `CONSOLE_MAP_TILE_URL`), in which case its CSP
 * allows that host alone.
 */
export function MapView({
  label,
  view,
  fit,
  onViewChange,
  onClick,
  children,
  overlay,
  className,
}: MapViewProps) {
  const settings = useQuery(mapSettingsQuery);
  const tiles = settings.data?.map.tiles ?? null;
  const start = view ?? DEFAULT_VIEW;
  return (
    <section className={`map ${className ?? ''}`} aria-label={label}>
      <MapContainer
        className="map__canvas"
        center={[start.lat, start.lng]}
        zoom={start.zoom}
        minZoom={1}
        maxZoom={18}
        worldCopyJump
        attributionControl={false}
        keyboard
      >
        <AttributionControl prefix={false} />
        {tiles ? (
          <TileLayer url={tiles.url} attribution={tiles.attribution} subdomains={tiles.subdomains} />
        ) : settings.isPending ? null : (
          <OfflineBasemap />
        )}
        <ViewSync view={view} fit={fit} onViewChange={onViewChange} onClick={onClick} />
        {children}
      </MapContainer>
      {overlay ? <div className="map__overlay">{overlay}</div> : null}
    </section>
  );
}
