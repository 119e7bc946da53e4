import type { ErrorEvent, EventCallback, WarnEvent } from '@sfc/api';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { TimeText } from '../../components/time-text.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { csvTime } from '../../lib/time.ts';
import { deviceTypeQueries } from './device-type-queries.ts';

function deliveries(callbacks: readonly EventCallback[] | undefined): string {
  return (callbacks ?? [])
    .map((c) => `${'url' in c ? c.url : `email "${c.subject}"`}: ${c.status ?? 'pending'}`)
    .join('; ');
}

const errorColumns: Column<ErrorEvent>[] = [
  {
    id: 'time',
    header: 'Time',
    cell: (e) => <TimeText value={e.time} unit="ms" />,
    csv: (e) => csvTime(e.time, 'ms'),
    width: 'm',
  },
  {
    id: 'device',
    header: 'Device',
    cell: (e) => (
      <Link to={paths.devices.detail(e.deviceId)} className="mono">
        {e.deviceId}
      </Link>
    ),
    csv: (e) => e.deviceId,
    width: 's',
  },
  { id: 'message', header: 'Message', cell: (e) => e.message, csv: (e) => e.message },
  {
    id: 'callbacks',
    header: 'Callbacks',
    cell: (e) => deliveries(e.callbacks),
    csv: (e) => deliveries(e.callbacks),
  },
];

const warnColumns: Column<WarnEvent>[] = [
  {
    id: 'time',
    header: 'Time',
    cell: (e) => <TimeText value={e.time} unit="ms" />,
    csv: (e) => csvTime(e.time, 'ms'),
    width: 'm',
  },
  {
    id: 'devices',
    header: 'Devices',
    cell: (e) => e.deviceIds.join(', '),
    csv: (e) => e.deviceIds.join(' '),
    width: 'm',
  },
  { id: 'message', header: 'Message', cell: (e) => e.message, csv: (e) => e.message },
  {
    id: 'callbacks',
    header: 'Callbacks',
    cell: (e) => deliveries(e.callbacks),
    csv: (e) => deliveries(e.callbacks),
  },
];

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
