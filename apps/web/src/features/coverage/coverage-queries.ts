import {
  type CoverageBatchItem,
  CoverageBatchResult,
  type CoverageMode,
  type CoveragePoint,
  coveragePointsParam,
  endpoints,
} from '@sfc/api';
import { queryOptions } from '@tanstack/react-query';
import { api, bffRequest } from '../../lib/api-client.ts';

/** Coverage of a place does not change while the console is open: answers never go stale. */
const FOREVER = Number.POSITIVE_INFINITY;

/** The batched coverage query of the BFF: one answer per point, in request order. */
export function fetchCoverageBatch(
  mode: CoverageMode,
  points: readonly CoveragePoint[],
  signal: AbortSignal,
): Promise<CoverageBatchItem[]> {
  const search = new URLSearchParams({ mode, points: coveragePointsParam(points) });
  return bffRequest(`/bff/coverage/redundancy?${search.toString()}`, {
    method: 'GET',
    response: CoverageBatchResult,
    signal,
  }).then((answer) => answer.results);
}

export const coverageQueries = {
  all: () => ['coverage'] as const,
  /** One point in one mode (the catalogue's redundancy endpoint). */
  point: (point: CoveragePoint, mode: CoverageMode) =>
    queryOptions({
      queryKey: [...coverageQueries.all(), 'point', mode, point.lat, point.lng] as const,
      queryFn: ({ signal }) =>
        api.call(endpoints.getCoverageRedundancy, {
          query: { lat: point.lat, lng: point.lng, mode },
          signal,
        }),
      staleTime: FOREVER,
    }),
  /** Every chunk asked in a mode: the prefix under which the layer looks for answers. */
  batches: (mode: CoverageMode) => [...coverageQueries.all(), 'batch', mode] as const,
  /** One chunk of layer cells (at most MAX_COVERAGE_BATCH_POINTS), keyed by its points. */
  batch: (mode: CoverageMode, points: readonly CoveragePoint[]) =>
    queryOptions({
      queryKey: [...coverageQueries.batches(mode), coveragePointsParam(points)] as const,
      queryFn: ({ signal }) => fetchCoverageBatch(mode, points, signal),
      staleTime: FOREVER,
      // Kept after the view moves on: panning back draws the cells without asking again.
      gcTime: 30 * 60_000,
    }),
};
