import { useMemo } from 'react';
import {
  boundsOfCircles,
  CircleLayer,
  LineLayer,
  type MapCircle,
  type MapMarker,
  MapView,
  MarkerLayer,
} from '../../components/map/index.ts';
import { messageSecond, pointLabel, type TrackPoint } from './track-points.ts';

interface TrackMapProps {
  deviceId: string;
  /** Oldest first. */
  points: readonly TrackPoint[];
  /** The second of the opened message, whose point shows selected. */
  openedSecond: number | undefined;
  onSelect: (point: TrackPoint) => void;
}

/**
 * The track on the map: a dot per position, its uncertainty circle (none for GPS),
 * and a line in time order. Loaded lazily (Leaflet is heavy), so the device page's
 * first paint does not wait for it.
 */
export default function TrackMap({ deviceId, points, openedSecond, onSelect }: TrackMapProps) {
  const markers = useMemo(
    () =>
      points.map(
        (p): MapMarker => ({
          key: p.key,
          lat: p.lat,
          lng: p.lng,
          label: pointLabel(p),
          className: 'map-dot map-dot--point',
          size: 14,
          selected: messageSecond(p) === openedSecond,
        }),
      ),
    [points, openedSecond],
  );
  const circles = useMemo(
    () =>
      points
        .filter((p) => p.radius > 0)
        .map(
          (p): MapCircle => ({
            key: p.key,
            lat: p.lat,
            lng: p.lng,
            radiusM: p.radius,
            className: 'map-track-radius',
          }),
        ),
    [points],
  );
  // The circles too: the map shows where the device may have been, not only the centres.
  const bounds = boundsOfCircles(points.map((p) => ({ lat: p.lat, lng: p.lng, radiusM: p.radius })));
  // Fitted again only when the set of points changes (another window, more loaded).
  const fitKey = `${points.length}:${points[0]?.key}:${points.at(-1)?.key}`;
  const select = (key: string) => {
    const point = points.find((p) => p.key === key);
    if (point) onSelect(point);
  };
  return (
    <MapView label={`Track of ${deviceId}`} className="track-map" fit={bounds && { ...bounds, key: fitKey }}>
      <CircleLayer circles={circles} />
      <LineLayer points={points} className="map-track-line" />
      <MarkerLayer markers={markers} onSelect={select} />
    </MapView>
  );
}
