import {
  type CoverageBatchItem,
  type CoverageMode,
  coveragePointsParam,
  MAX_COVERAGE_BATCH_POINTS,
} from '@sfc/api';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import type { Bounds } from '../../components/map/index.ts';
import { chunk, coverageGrid, type GridCell } from './coverage-grid.ts';
import { coverageQueries } from './coverage-queries.ts';
import type { Redundancy } from './coverage-texts.ts';

/**
 * The layer asks one point per cell. Below this zoom a 64-pixel cell spans over 8 km,
 * and the redundancy at its centre would not stand for its area: the layer waits for
 * the user to zoom in instead of painting a misleading picture.
 */
export const MIN_LAYER_ZOOM = 9;

/** Batches the browser keeps in flight: the BFF fans each out, more would only queue there. */
const IN_FLIGHT = 2;

export interface AnsweredCell extends GridCell {
  redundancy: Redundancy | null;
}

export interface CoverageCells {
  /** Cells of the view that have an answer, to draw. */
  answered: AnsweredCell[];
  /** Cells in the view. */
  total: number;
  /** The view is zoomed out past MIN_LAYER_ZOOM: nothing is asked. */
  tooFarOut: boolean;
  /** The first failed batch, if any, and a way to ask again. */
  error: unknown;
  retry: () => void;
}

const keyOf = (cell: GridCell) => coveragePointsParam([cell.point]);

/**
 * The coverage layer's data: the grid of the view, answered from every batch already
 * in the cache (whatever view asked it), the missing cells asked in chunks of at most
 * 100, two at a time. A chunk that leaves the view loses its observer and TanStack Query
 * aborts its request (the query function consumes the signal).
 */
export function useCoverageCells(
  view: { bounds: Bounds; zoom: number } | undefined,
  mode: CoverageMode,
  on: boolean,
): CoverageCells {
  const qc = useQueryClient();
  const tooFarOut = on && view !== undefined && view.zoom < MIN_LAYER_ZOOM;
  const cells = on && view && !tooFarOut ? coverageGrid(view.bounds, view.zoom) : [];
  const known = new Map<string, CoverageBatchItem>();
  for (const [key, data] of qc.getQueriesData<CoverageBatchItem[]>({
    queryKey: coverageQueries.batches(mode),
  })) {
    // The key's last part is the points as sent; answers come in the same order.
    const sent = String(key.at(-1)).split(';');
    data?.forEach((item, i) => {
      const point = sent[i];
      if (point !== undefined) known.set(point, item);
    });
  }
  const missing = cells.filter((c) => !known.has(keyOf(c)));
  const next = chunk(missing, MAX_COVERAGE_BATCH_POINTS).slice(0, IN_FLIGHT);
  const batches = useQueries({
    queries: next.map((part) => ({
      ...coverageQueries.batch(
        mode,
        part.map((c) => c.point),
      ),
      // The answers are read from the cache, not from these results: say what re-renders.
      notifyOnChangeProps: ['data', 'error'] as const,
    })),
  });
  const failed = batches.find((b) => b.error);
  const answered: AnsweredCell[] = [];
  for (const cell of cells) {
    const item = known.get(keyOf(cell));
    if (item) answered.push({ ...cell, redundancy: item.redundancy });
  }
  return {
    answered,
    total: cells.length,
    tooFarOut,
    error: failed?.error ?? null,
    retry: () => void failed?.refetch(),
  };
}
