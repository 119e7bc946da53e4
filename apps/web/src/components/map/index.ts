/*
 * The map module: the only place that imports Leaflet (biome noRestrictedImports).
 * Features compose these components with plain data.
 */
export { MapView, type MapViewProps } from './map-view.tsx';
export { MarkerLayer } from './marker-layer.tsx';
export { CellLayer, CircleLayer, LineLayer } from './shape-layers.tsx';
export type {
  Bounds,
  LatLng,
  MapCell,
  MapCircle,
  MapMarker,
  MapViewport,
  MapViewState,
} from './map-types.ts';
export {
  boundsOf,
  boundsOfCircles,
  contains,
  DEFAULT_VIEW,
  formatView,
  parseView,
  sameView,
} from './view-math.ts';
