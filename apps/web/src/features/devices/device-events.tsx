import { useInfiniteQuery } from '@tanstack/react-query';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { errorColumns, warnColumns } from '../device-types/event-columns.tsx';
import { deviceQueries } from './device-queries.ts';

/** Communication-down (ERROR) and network-issue (WARN) events of one device. */
export function DeviceEvents({ id }: { id: string }) {
  const errors = useInfiniteQuery(deviceQueries.errorEvents(id));
  const warns = useInfiniteQuery(deviceQueries.warnEvents(id));
  const errorTable = pagedRows(errors);
  const warnTable = pagedRows(warns);
  return (
    <>
      <section aria-labelledby="device-error-events">
        <h2 id="device-error-events">Error events</h2>
        <QueryState query={errors} loadingLabel="Loading error events…">
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
      <section aria-labelledby="device-warn-events">
        <h2 id="device-warn-events">Warning events</h2>
        <QueryState query={warns} loadingLabel="Loading warning events…">
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
    </>
  );
}
