import type { CallbackError } from '@sfc/api';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { formatShort, toDate } from '../../lib/time.ts';
import { callbackErrorColumns } from './callback-error-columns.tsx';
import { CallbackErrorDetail } from './callback-error-detail.tsx';
import { readView, toFilter } from './callback-error-filter.ts';
import { CallbackErrorFilters } from './callback-error-filters.tsx';
import { callbackErrorKey, callbackErrorQueries } from './callback-error-queries.ts';

function columns(onOpen: (e: CallbackError) => void): Column<CallbackError>[] {
  const { time, device, status, message, target } = callbackErrorColumns;
  return [
    time,
    device,
    status,
    message,
    target,
    {
      id: 'deviceType',
      header: 'Device type',
      cell: (e) => (
        <Link
          to={paths.deviceTypes.detail(e.deviceType, 'callbacks')}
          aria-label={`Callbacks of the device type of ${e.device}`}
        >
          Callbacks
        </Link>
      ),
      csv: (e) => e.deviceType,
      width: 's',
    },
    {
      id: 'open',
      header: 'Details',
      cell: (e) => (
        <button
          type="button"
          className="button button--secondary"
          aria-label={`Details of the failure for ${e.device} (${formatShort(toDate(e.time, 's'))})`}
          onClick={() => onOpen(e)}
        >
          Details
        </button>
      ),
      width: 's',
    },
  ];
}

/** Messages whose callbacks failed ("messages not sent"), filtered, each one open in full. */
export function CallbackErrorsPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const view = readView(search);
  const query = useInfiniteQuery(callbackErrorQueries.list(toFilter(view)));
  const table = pagedRows(query);
  const searchText = search.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the URL text is the view; `view` is rebuilt from it each render
  const cols = useMemo(
    () => columns((e) => navigate(paths.callbackErrors({ ...view, open: callbackErrorKey(e) }))),
    [navigate, searchText],
  );
  const opened =
    view.open === undefined ? undefined : table.rows.find((e) => callbackErrorKey(e) === view.open);
  return (
    <div className="page">
      <h1>Callback errors</h1>
      <p className="muted">Messages whose callbacks could not be delivered (by default, the last month).</p>
      <CallbackErrorFilters view={view} onApply={(v) => navigate(paths.callbackErrors(v))} />
      <QueryState query={query} loadingLabel="Loading callback errors…">
        {() =>
          table.rows.length === 0 ? (
            <EmptyState title="No callback errors" />
          ) : (
            <DataTable label="Callback errors" columns={cols} rowKey={callbackErrorKey} {...table} />
          )
        }
      </QueryState>
      {opened && (
        <CallbackErrorDetail
          error={opened}
          onClose={() => navigate(paths.callbackErrors({ ...view, open: undefined }))}
        />
      )}
    </div>
  );
}
