import type { CoverageMode } from '@sfc/api';
import { useId } from 'react';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { boundsOf, MapView, MarkerLayer, type MapMarker } from '../../components/map/index.ts';
import { MODE_LABELS, REDUNDANCY_WORDS, redundancyClass } from './coverage-texts.ts';
import { RedundancyCounts } from './redundancy-counts.tsx';
import type { CheckedPoint } from './use-deployment-check.ts';

const word = (p: CheckedPoint) =>
  p.redundancy === null ? `Unknown${p.error ? `: ${p.error}` : ''}` : REDUNDANCY_WORDS[p.redundancy];

const columns: Column<CheckedPoint>[] = [
  { id: 'name', header: 'Name', cell: (p) => p.name, csv: (p) => p.name, width: 'm' },
  { id: 'lat', header: 'Latitude', cell: (p) => p.lat, csv: (p) => p.lat, width: 's' },
  { id: 'lng', header: 'Longitude', cell: (p) => p.lng, csv: (p) => p.lng, width: 's' },
  {
    id: 'redundancy',
    header: 'Redundancy',
    cell: (p) => p.redundancy ?? '—',
    csv: (p) => p.redundancy,
    width: 's',
  },
  { id: 'coverage', header: 'Coverage', cell: word, csv: word },
];

function markerOf(p: CheckedPoint): MapMarker {
  return {
    key: String(p.line),
    lat: p.lat,
    lng: p.lng,
    label: `${p.name}: redundancy ${p.redundancy ?? 'unknown'}`,
    className: `map-dot map-dot--${redundancyClass(p.redundancy)}`,
    size: 14,
  };
}

/** A checked deployment: how many points in each class, where they are, and each point. */
interface DeploymentResultsProps {
  points: readonly CheckedPoint[];
  mode: CoverageMode;
  /** Identifies the check: the map fits its points once per check. */
  checkKey: string;
}

export function DeploymentResults({ points, mode, checkKey }: DeploymentResultsProps) {
  const id = useId();
  const extent = boundsOf(points);
  return (
    <section aria-labelledby={id} className="deployment__results">
      <h2 id={id}>
        {points.length} {points.length === 1 ? 'point' : 'points'} checked: {MODE_LABELS[mode]}
      </h2>
      <RedundancyCounts label="Summary" answers={points} unit="point" />
      <MapView
        label="Deployment map"
        className="deployment__map"
        fit={extent ? { ...extent, key: checkKey } : undefined}
      >
        <MarkerLayer markers={points.map(markerOf)} />
      </MapView>
      <DataTable label="Deployment check" rows={points} columns={columns} rowKey={(p) => String(p.line)} />
    </section>
  );
}
