import { svg } from 'leaflet';
import { useMemo } from 'react';
import { Circle, Polyline, Rectangle } from 'react-leaflet';
import type { LatLng, MapCell, MapCircle } from './map-types.ts';

/*
 * Leaflet reads `className`, `interactive` and `renderer` only when a path is created,
 * and react-leaflet hands `pathOptions` to setStyle afterwards: so these three are
 * props of their own, and `pathOptions` keeps what setStyle can change.
 */

/** Circles of a radius in metres (how far off a location may be); not interactive. */
export function CircleLayer({ circles }: { circles: readonly MapCircle[] }) {
  return (
    <>
      {circles.map((c) => (
        <Circle
          key={c.key}
          center={[c.lat, c.lng]}
          radius={c.radiusM}
          className={c.className}
          interactive={false}
        />
      ))}
    </>
  );
}

/** A line through points in the order given (a track in time order). */
export function LineLayer({ points, className }: { points: readonly LatLng[]; className: string }) {
  const positions = useMemo(() => points.map((p): [number, number] => [p.lat, p.lng]), [points]);
  if (positions.length < 2) return null;
  return <Polyline positions={positions} className={className} interactive={false} />;
}

/**
 * Filled rectangles (coverage cells), drawn as SVG paths so each cell keeps its class;
 * colours come from the stylesheet.
 */
export function CellLayer({ cells }: { cells: readonly MapCell[] }) {
  const renderer = useMemo(() => svg(), []);
  return (
    <>
      {cells.map((c) => (
        <Rectangle
          key={c.key}
          bounds={[
            [c.south, c.west],
            [c.north, c.east],
          ]}
          className={c.className}
          renderer={renderer}
          interactive={false}
          pathOptions={{ stroke: false, fillOpacity: 0.45 }}
        />
      ))}
    </>
  );
}
