import type { CallbackError, DeviceType } from '@sfc/api';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { TimeText } from '../../components/time-text.tsx';
import { csvTime } from '../../lib/time.ts';
import { overviewQueries } from './overview-queries.ts';

function where(e: CallbackError): string {
  if (!e.callback) return '';
  return 'url' in e.callback ? e.callback.url : `email "${e.callback.subject}"`;
}

function columns(names: ReadonlyMap<string, string>): Column<CallbackError>[] {
  return [
    {
      id: 'time',
      header: 'Time',
      cell: (e) => <TimeText value={e.time} unit="s" />,
      csv: (e) => csvTime(e.time, 's'),
      width: 'm',
    },
    {
      id: 'device',
      header: 'Device',
      cell: (e) => (
        <Link to={paths.devices.detail(e.device)} className="mono">
          {e.device}
        </Link>
      ),
      csv: (e) => e.device,
      width: 's',
    },
    {
      id: 'deviceType',
      header: 'Device type',
      // Links to the device type's callbacks, where the failing one can be fixed.
      cell: (e) => (
        <Link to={paths.deviceTypes.detail(e.deviceType, 'callbacks')}>
          {names.get(e.deviceType) ?? e.deviceType}
        </Link>
      ),
      csv: (e) => names.get(e.deviceType) ?? e.deviceType,
      width: 's',
    },
    { id: 'status', header: 'Status', cell: (e) => e.status, csv: (e) => e.status, width: 'xs' },
    { id: 'message', header: 'Message', cell: (e) => e.message, csv: (e) => e.message, width: 'm' },
    { id: 'target', header: 'Callback', cell: (e) => <span className="mono">{where(e)}</span>, csv: where },
  ];
}

export function CallbackFailures({ deviceTypes }: { deviceTypes: readonly DeviceType[] }) {
  const names = new Map(deviceTypes.map((t) => [t.id, t.name]));
  const query = useQuery(overviewQueries.callbackFailures());
  return (
    <section aria-labelledby="callback-failures">
      <h2 id="callback-failures">Latest callback failures</h2>
      <QueryState query={query}>
        {({ data }) =>
          data.length === 0 ? (
            <EmptyState title="No callback failures" />
          ) : (
            <DataTable
              label="Latest callback failures"
              rows={data}
              columns={columns(names)}
              rowKey={(e) => `${e.device}-${e.time}-${where(e)}`}
            />
          )
        }
      </QueryState>
    </section>
  );
}
