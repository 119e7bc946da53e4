import type { CoverageMode } from '@sfc/api';
import { CellLayer, type MapCell } from '../../components/map/index.ts';
import { ErrorState } from '../../components/status/error-state.tsx';
import { MODE_LABELS, redundancyClass } from './coverage-texts.ts';
import { RedundancyCounts } from './redundancy-counts.tsx';
import { type CoverageCells, MIN_LAYER_ZOOM } from './use-coverage-cells.ts';

/** The answered cells of the view, coloured by redundancy (map.css). */
export function CoverageCellLayer({ cells }: { cells: CoverageCells }) {
  const shapes = cells.answered.map(
    (c): MapCell => ({
      key: c.key,
      south: c.south,
      west: c.west,
      north: c.north,
      east: c.east,
      className: `map-cell map-cell--${redundancyClass(c.redundancy)}`,
    }),
  );
  return <CellLayer cells={shapes} />;
}

/** The layer's legend over the map: colours, a count per class, and progress. */
export function CoverageLegend({
  cells,
  mode,
  onZoomIn,
}: {
  cells: CoverageCells;
  mode: CoverageMode;
  /** Brings the map in to MIN_LAYER_ZOOM, where the layer draws. */
  onZoomIn: () => void;
}) {
  return (
    <section className="coverage-legend" aria-label="Coverage legend">
      <p className="coverage-legend__title">Base stations that hear a device: {MODE_LABELS[mode]}</p>
      {cells.tooFarOut ? (
        <>
          <p role="status" className="coverage-legend__progress">
            The layer draws from zoom level {MIN_LAYER_ZOOM} in: further out, a cell would span over 8 km.
          </p>
          <button type="button" className="button button--secondary" onClick={onZoomIn}>
            Zoom in to draw the layer
          </button>
        </>
      ) : (
        <>
          <RedundancyCounts label="Cells per redundancy" answers={cells.answered} unit="cell" />
          <p role="status" className="coverage-legend__progress">
            Coverage: {cells.answered.length} of {cells.total} cells
          </p>
        </>
      )}
      {cells.error ? <ErrorState error={cells.error} onRetry={cells.retry} title="Coverage failed" /> : null}
    </section>
  );
}
