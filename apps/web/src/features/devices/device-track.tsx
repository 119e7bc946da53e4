import type { Location } from '@sfc/api';
import { useInfiniteQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { LoadingState } from '../../components/status/loading-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { fromDate, parseIso } from '../../lib/time.ts';
import { deviceQueries } from './device-queries.ts';
import { readDeviceView } from './device-view.ts';
import { locationColumns } from './location-columns.tsx';
import { keySecond } from './message-key.ts';
import { type DateRange, TimeRangeFilter } from './time-range-filter.tsx';
import { locationKey, messageSecond, trackPoints } from './track-points.ts';
import './device-track.css';

const TrackMap = lazy(() => import('./track-map.tsx'));

/**
 * Where the device was over time (reference: Messages location for one device): a map
 * of the valid positions and a table of every estimation, each leading to its message.
 * The window is the track's own (`trackSince`/`trackBefore`); without one, the latest page.
 */
export function DeviceTrack({ id }: { id: string }) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const view = readDeviceView(search);
  const range: DateRange = {
    since: parseIso(search.get('trackSince')),
    before: parseIso(search.get('trackBefore')),
  };
  const query = useInfiniteQuery(
    // Locations take before/since in seconds, like messages, though their times are milliseconds.
    deviceQueries.locations(id, {
      since: range.since && fromDate(range.since, 's'),
      before: range.before && fromDate(range.before, 's'),
    }),
  );
  const table = pagedRows(query);
  const points = useMemo(() => trackPoints(query.data?.pages.flatMap((p) => p.data) ?? []), [query.data]);
  // A location knows only its message's time: the link names the message by that second.
  const messageHref = (l: Pick<Location, 'time'>) =>
    paths.devices.detail(id, { ...view, message: String(messageSecond(l)) });
  const columns = locationColumns(messageHref);
  const setRange = (r: DateRange) =>
    navigate(
      paths.devices.detail(id, {
        ...view,
        trackSince: r.since?.toISOString(),
        trackBefore: r.before?.toISOString(),
      }),
    );
  return (
    <section aria-labelledby="device-track">
      <h2 id="device-track">Locations</h2>
      <TimeRangeFilter label="Track range" value={range} onChange={setRange} />
      <QueryState query={query} loadingLabel="Loading locations…">
        {() =>
          table.rows.length === 0 ? (
            <EmptyState title="No locations in this range" />
          ) : (
            <>
              {points.length === 0 ? (
                <p className="muted">None of these locations has an estimate to draw.</p>
              ) : (
                <Suspense fallback={<LoadingState label="Loading the map…" />}>
                  <TrackMap
                    deviceId={id}
                    points={points}
                    openedSecond={view.message === undefined ? undefined : keySecond(view.message)}
                    onSelect={(p) => navigate(messageHref(p))}
                  />
                </Suspense>
              )}
              <DataTable label="Locations" columns={columns} rowKey={locationKey} {...table} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
