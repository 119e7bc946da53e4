import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type FleetMapView, paths } from '../../app/paths.ts';
import { usePageNavigate } from '../../app/use-page-navigate.ts';
import {
  type MapViewport,
  MapView,
  MarkerLayer,
  boundsOf,
  formatView,
  parseView,
} from '../../components/map/index.ts';
import { ErrorState } from '../../components/status/error-state.tsx';
import { DeviceSummary } from './device-summary.tsx';
import { filterIndices, readFilter } from './fleet-filter.ts';
import { FleetFilters } from './fleet-filters.tsx';
import { FleetLegend } from './fleet-legend.tsx';
import { FleetList } from './fleet-list.tsx';
import { FleetLoadStatus } from './fleet-load-status.tsx';
import { toMarkers } from './fleet-markers.ts';
import { fleetProgress, fleetQueries } from './fleet-queries.ts';
import { useClusters } from './use-clusters.ts';
import './fleet-map.css';

const KEYS = ['type', 'state', 'silent', 'snr', 'at', 'device'] as const;

function viewOf(search: URLSearchParams): FleetMapView {
  return Object.fromEntries(KEYS.map((k) => [k, search.get(k) ?? undefined]));
}

/** Every located device on one map, clustered, filtered, with the devices in view listed beside it. */
export function FleetMapPage() {
  const [search] = useSearchParams();
  const navigate = usePageNavigate();
  const view = viewOf(search);
  // Map events arrive in callbacks made once; they read the view of the latest render.
  const latest = useRef(view);
  latest.current = view;
  const fleet = useQuery(fleetQueries.devices());
  const [viewport, setViewport] = useState<MapViewport>();
  const go = useCallback(
    (next: FleetMapView, replace = false) => navigate(paths.fleetMap(next), { replace }),
    [navigate],
  );

  const filterKey = `${view.type}|${view.state}|${view.silent}|${view.snr}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter's text is its identity; `now` is read once per change
  const included = useMemo(
    () => fleet.data && filterIndices(fleet.data.devices, readFilter(view), Date.now() / 1000),
    [fleet.data, filterKey],
  );
  const clusters = useClusters(fleet.data?.devices, included, viewport);
  const devices = fleet.data?.devices ?? [];
  const markers = useMemo(
    () => (clusters.view ? toMarkers(clusters.view.items, devices, view.device) : []),
    [clusters.view, devices, view.device],
  );

  useEffect(() => {
    if (fleet.data) performance.mark('fleet:data-loaded');
  }, [fleet.data]);
  useEffect(() => {
    if (markers.length > 0) performance.mark('fleet:clustered-render');
  }, [markers]);

  const mapView = useMemo(() => parseView(view.at ?? null), [view.at]);
  // A link with a view keeps it; otherwise the map fits the fleet once it is loaded.
  const openedAt = useRef(view.at);
  const fitKey = fleet.dataUpdatedAt ? `fleet-${fleet.dataUpdatedAt}` : undefined;
  const fleetExtent = useMemo(() => boundsOf(fleet.data?.devices ?? []), [fleet.data]);
  const extent = openedAt.current || !fitKey ? undefined : fleetExtent;
  // Looked up when the fleet or the selection changes, not on every pan (100,000 devices).
  const selected = useMemo(
    () => (view.device ? fleet.data?.devices.find((d) => d.id === view.device) : undefined),
    [fleet.data, view.device],
  );
  const onViewChange = useCallback(
    (next: MapViewport) => {
      setViewport(next);
      const at = formatView(next);
      if (latest.current.at !== at) go({ ...latest.current, at }, true);
    },
    [go],
  );
  const select = useCallback((id: string) => go({ ...latest.current, device: id }), [go]);
  const onMarker = (key: string) => {
    if (key.startsWith('d')) return select(key.slice(1));
    const item = clusters.view?.items.find((i) => `c${i.clusterId}` === key);
    if (item?.clusterId === undefined) return;
    void clusters
      .expand(item.clusterId)
      .then((zoom) => go({ ...view, at: formatView({ lat: item.lat, lng: item.lng, zoom }) }));
  };

  return (
    <div className="fleet-page">
      <h1>Fleet map</h1>
      <FleetFilters view={view} deviceTypes={fleet.data?.deviceTypes ?? []} onChange={(v) => go(v)} />
      <FleetLoadStatus
        query={fleet}
        included={included?.length}
        onStop={() => fleetProgress.stop()}
        onReload={() => void fleet.refetch()}
      />
      {fleet.error ? <ErrorState error={fleet.error} onRetry={() => void fleet.refetch()} /> : null}
      {clusters.error ? <ErrorState error={clusters.error} /> : null}
      <div className="fleet-layout">
        <MapView
          label="Fleet map"
          className="fleet-map"
          view={mapView}
          fit={extent && fitKey ? { ...extent, key: fitKey } : undefined}
          onViewChange={onViewChange}
          overlay={
            clusters.view ? <FleetLegend devices={devices} inView={clusters.view.inView} /> : undefined
          }
        >
          <MarkerLayer markers={markers} onSelect={onMarker} />
        </MapView>
        <div className="fleet-side">
          {selected ? (
            <DeviceSummary
              device={selected}
              onClose={() => go({ ...view, device: undefined })}
              onZoom={() =>
                go({ ...view, at: formatView({ lat: selected.lat, lng: selected.lng, zoom: 17 }) })
              }
            />
          ) : null}
          {fleet.data && clusters.view ? (
            <FleetList devices={fleet.data.devices} inView={clusters.view.inView} onSelect={select} />
          ) : null}
        </div>
      </div>
    </div>
  );
}
