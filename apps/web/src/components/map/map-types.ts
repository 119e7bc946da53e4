/** A point on the map, in degrees (WGS 84). */
export interface LatLng {
  lat: number;
  lng: number;
}

/** A box on the map, in degrees. */
export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Where the map looks: its centre and zoom level. */
export interface MapViewState extends LatLng {
  zoom: number;
}

/** What the map shows after a move: the view and the box in sight. */
export interface MapViewport extends MapViewState {
  bounds: Bounds;
}

/**
 * An HTML marker: a focusable button on the map with an accessible name. Its look
 * comes from CSS classes (the map's stylesheet), never from inline markup.
 */
export interface MapMarker extends LatLng {
  key: string;
  /** Accessible name, read by screen readers and found by tests. */
  label: string;
  /** Text inside the marker (a cluster's count); empty for a dot. */
  text?: string;
  /** Modifier classes, e.g. `map-dot map-dot--ok`. */
  className: string;
  /** Diameter in pixels. */
  size: number;
  /** Optional CSS background (a cluster's share of states, as a conic gradient). */
  background?: string;
  selected?: boolean;
}

/** A circle of a given radius in metres (a location's uncertainty). */
export interface MapCircle extends LatLng {
  key: string;
  radiusM: number;
  className: string;
}

/** A rectangle drawn on the map (a coverage cell). */
export interface MapCell extends Bounds {
  key: string;
  className: string;
}
