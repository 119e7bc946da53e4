import type { CallbackError, DeviceType } from '@sfc/api';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { callbackErrorColumns } from '../callback-errors/callback-error-columns.tsx';
import { callbackErrorKey } from '../callback-errors/callback-error-queries.ts';
import { overviewQueries } from './overview-queries.ts';

function columns(names: ReadonlyMap<string, string>): Column<CallbackError>[] {
  const { time, device, status, message, target } = callbackErrorColumns;
  return [
    time,
    device,
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
    status,
    message,
    target,
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
              rowKey={callbackErrorKey}
            />
          )
        }
      </QueryState>
    </section>
  );
}
