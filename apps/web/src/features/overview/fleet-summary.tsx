import type { DeviceType } from '@sfc/api';
import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { ErrorState } from '../../components/status/error-state.tsx';
import { DEVICE_STATES } from '../devices/device-labels.tsx';
import { type DeviceTypeStats, overviewQueries } from './overview-queries.ts';
import './overview.css';

interface Row {
  type: DeviceType;
  stats: DeviceTypeStats | undefined;
}

const STATES = [0, 1, 2, 3, 4] as const;

const columns: Column<Row>[] = [
  {
    id: 'name',
    header: 'Device type',
    cell: (r) => <Link to={paths.deviceTypes.detail(r.type.id, 'devices')}>{r.type.name}</Link>,
    csv: (r) => r.type.name,
    width: 'm',
  },
  {
    id: 'devices',
    header: 'Devices',
    cell: (r) => r.stats?.devices ?? '…',
    csv: (r) => r.stats?.devices,
    width: 's',
  },
  ...STATES.map((s) => ({
    id: `state-${s}`,
    header: DEVICE_STATES[s].label.replace(/ \(.*\)/, ''),
    cell: (r: Row) => r.stats?.byState[s] ?? '…',
    csv: (r: Row) => r.stats?.byState[s],
  })),
  {
    id: 'messages',
    header: 'Messages (24 h)',
    cell: (r) => (
      <Link to={paths.deviceTypes.detail(r.type.id, 'messages')}>{r.stats?.messagesLastDay ?? '…'}</Link>
    ),
    csv: (r) => r.stats?.messagesLastDay,
    width: 's',
  },
];

function Stat({ label, value, to }: { label: string; value: string; to: string }) {
  return (
    <Link to={to} className="stat">
      <span className="stat__value">{value}</span> <span className="stat__label">{label}</span>
    </Link>
  );
}

/** Counts over the fleet, then devices by state per device type, each linking onward. */
export function FleetSummary({ deviceTypes }: { deviceTypes: readonly DeviceType[] }) {
  const stats = useQueries({ queries: deviceTypes.map((t) => overviewQueries.deviceTypeStats(t.id)) });
  const loaded = stats.flatMap((q) => (q.data ? [q.data] : []));
  const pending = loaded.length < deviceTypes.length;
  const partial = pending || loaded.some((s) => !s.complete) ? '≥ ' : '';
  const sum = (pick: (s: DeviceTypeStats) => number) =>
    `${partial}${loaded.reduce((n, s) => n + pick(s), 0)}`;
  const failed = stats.find((q) => q.error);
  const rows: Row[] = deviceTypes.map((type, i) => ({ type, stats: stats[i]?.data }));
  return (
    <>
      <div className="stats" aria-busy={pending}>
        <Stat
          label="Device types"
          value={String(deviceTypes.length)}
          to={paths.deviceTypes.list({ includeSubGroups: true })}
        />
        <Stat
          label="Devices"
          value={sum((s) => s.devices)}
          to={paths.deviceTypes.list({ includeSubGroups: true })}
        />
        <Stat
          label="Messages in the last day"
          value={sum((s) => s.messagesLastDay)}
          to={paths.deviceTypes.list({ includeSubGroups: true })}
        />
        {STATES.map((s) => (
          <Stat
            key={s}
            label={`Devices ${DEVICE_STATES[s].label}`}
            value={sum((x) => x.byState[s])}
            to="#devices-by-state"
          />
        ))}
      </div>
      {failed && (
        <ErrorState
          error={failed.error}
          onRetry={() => void failed.refetch()}
          title="Some counts could not be loaded"
        />
      )}
      <section aria-labelledby="devices-by-state">
        <h2 id="devices-by-state">Devices by state</h2>
        <DataTable label="Devices by state" rows={rows} columns={columns} rowKey={(r) => r.type.id} />
      </section>
    </>
  );
}
