import { useInfiniteQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { deviceTypeQueries } from './device-type-queries.ts';
import { errorColumns, warnColumns } from './event-columns.tsx';

/** Communication-down (ERROR) and network-issue (WARN) events of the device type. */
export function EventsTab() {
  const id = useParams().deviceTypeId ?? '';
  const errors = useInfiniteQuery(deviceTypeQueries.errorEvents(id));
  const warns = useInfiniteQuery(deviceTypeQueries.warnEvents(id));
  const errorTable = pagedRows(errors);
  const warnTable = pagedRows(warns);
  return (
    <div className="page">
      <section aria-labelledby="error-events">
        <h2 id="error-events">Error events</h2>
        <QueryState query={errors}>
          {() =>
            errorTable.rows.length === 0 ? (
              <EmptyState title="No error events" />
            ) : (
              <DataTable
                label="Error events"
                columns={errorColumns}
                rowKey={(e) => `${e.deviceId}-${e.time}`}
                {...errorTable}
              />
            )
          }
        </QueryState>
      </section>
      <section aria-labelledby="warn-events">
        <h2 id="warn-events">Warning events</h2>
        <QueryState query={warns}>
          {() =>
            warnTable.rows.length === 0 ? (
              <EmptyState title="No warning events" />
            ) : (
              <DataTable
                label="Warning events"
                columns={warnColumns}
                rowKey={(e) => `${e.time}-${e.message}`}
                {...warnTable}
              />
            )
          }
        </QueryState>
      </section>
    </div>
  );
}
