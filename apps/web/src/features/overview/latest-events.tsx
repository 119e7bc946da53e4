import type { DeviceType, ErrorEvent, WarnEvent } from '@sfc/api';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { LoadingState } from '../../components/status/loading-state.tsx';
import { TimeText } from '../../components/time-text.tsx';
import { csvTime } from '../../lib/time.ts';
import { overviewQueries } from './overview-queries.ts';

type Event = ErrorEvent | WarnEvent;

const devicesOf = (e: Event) => ('deviceId' in e ? [e.deviceId] : e.deviceIds);

function columns(names: ReadonlyMap<string, string>): Column<Event>[] {
  return [
    {
      id: 'time',
      header: 'Time',
      cell: (e) => <TimeText value={e.time} unit="ms" />,
      csv: (e) => csvTime(e.time, 'ms'),
      width: 'm',
    },
    {
      id: 'severity',
      header: 'Severity',
      cell: (e) => (
        <span className={`badge badge--${e.severity === 'ERROR' ? 'danger' : 'warn'}`}>{e.severity}</span>
      ),
      csv: (e) => e.severity,
      width: 's',
    },
    {
      id: 'deviceType',
      header: 'Device type',
      cell: (e) => (
        <Link to={paths.deviceTypes.detail(e.deviceTypeId, 'events')}>
          {names.get(e.deviceTypeId) ?? e.deviceTypeId}
        </Link>
      ),
      csv: (e) => names.get(e.deviceTypeId) ?? e.deviceTypeId,
      width: 'm',
    },
    {
      id: 'devices',
      header: 'Devices',
      cell: (e) => devicesOf(e).join(', '),
      csv: (e) => devicesOf(e).join(' '),
      width: 'm',
    },
    { id: 'message', header: 'Message', cell: (e) => e.message, csv: (e) => e.message },
  ];
}

/** The ten latest error and warn events over all device types, most recent first. */
export function LatestEvents({ deviceTypes }: { deviceTypes: readonly DeviceType[] }) {
  const queries = useQueries({ queries: deviceTypes.map((t) => overviewQueries.latestEvents(t.id)) });
  const events = queries
    .flatMap((q) => q.data ?? [])
    .sort((a, b) => b.time - a.time)
    .slice(0, 10);
  const names = new Map(deviceTypes.map((t) => [t.id, t.name]));
  return (
    <section aria-labelledby="latest-events">
      <h2 id="latest-events">Latest error and warning events</h2>
      {queries.some((q) => q.isPending) ? (
        <LoadingState label="Loading events…" />
      ) : events.length === 0 ? (
        <EmptyState title="No recent events" />
      ) : (
        <DataTable
          label="Latest events"
          rows={events}
          columns={columns(names)}
          rowKey={(e) => `${e.deviceTypeId}-${e.time}-${devicesOf(e).join()}`}
        />
      )}
    </section>
  );
}
