import type { Device } from '@sfc/api';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { TimeText } from '../../components/time-text.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { csvTime } from '../../lib/time.ts';
import { DEVICE_STATES, DeviceStateBadge } from '../devices/device-labels.tsx';
import { deviceTypeQueries } from './device-type-queries.ts';

/** The `snr` filter of the device list: average SNR of the last 25 messages. */
const SNR_BANDS = [
  { value: '', label: 'Any SNR' },
  { value: '1', label: '0 to 10 dB' },
  { value: '2', label: '10 to 13 dB' },
  { value: '3', label: '13 to 20 dB' },
  { value: '4', label: 'Above 20 dB' },
] as const;

export function readSnr(search: URLSearchParams): 1 | 2 | 3 | 4 | undefined {
  const snr = Number(search.get('snr'));
  return snr === 1 || snr === 2 || snr === 3 || snr === 4 ? snr : undefined;
}

const columns: Column<Device>[] = [
  {
    id: 'id',
    header: 'Device',
    cell: (d) => (
      <Link to={paths.devices.detail(d.id)} className="mono">
        {d.id}
      </Link>
    ),
    csv: (d) => d.id,
    width: 's',
  },
  { id: 'name', header: 'Name', cell: (d) => d.name, csv: (d) => d.name },
  {
    id: 'state',
    header: 'State',
    cell: (d) => <DeviceStateBadge state={d.state} />,
    csv: (d) => DEVICE_STATES[d.state].label,
    width: 'm',
  },
  {
    id: 'last',
    header: 'Last message',
    cell: (d) => <TimeText value={d.last} unit="s" />,
    csv: (d) => csvTime(d.last, 's'),
    width: 'm',
  },
  {
    id: 'snr',
    header: 'Average SNR (dB)',
    cell: (d) => d.averageSnr?.toFixed(1),
    csv: (d) => d.averageSnr,
    width: 's',
  },
  {
    id: 'rssi',
    header: 'Average RSSI (dBm)',
    cell: (d) => d.averageRssi?.toFixed(1),
    csv: (d) => d.averageRssi,
    width: 's',
  },
  { id: 'token', header: 'Token', cell: (d) => d.tokenType ?? '—', csv: (d) => d.tokenType, width: 's' },
];

export function DevicesTab() {
  const id = useParams().deviceTypeId ?? '';
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const snr = readSnr(search);
  const query = useInfiniteQuery(deviceTypeQueries.devices(id, { snr }));
  const table = pagedRows(query);
  return (
    <div className="page">
      <div className="filters">
        <FormField label="SNR filter">
          {(p) => (
            <select
              {...p}
              value={snr ?? ''}
              onChange={(e) =>
                navigate(paths.deviceTypes.detail(id, 'devices', { snr: e.target.value || undefined }))
              }
            >
              {SNR_BANDS.map((b) => (
                <option key={b.value} value={b.value}>
                  {b.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <QueryState query={query} loadingLabel="Loading devices…">
        {() =>
          table.rows.length === 0 ? (
            <EmptyState title="No devices">
              {snr ? 'No device has an average SNR in this band.' : 'Register devices to see them here.'}
            </EmptyState>
          ) : (
            <DataTable label="Devices" columns={columns} rowKey={(d) => d.id} {...table} />
          )
        }
      </QueryState>
    </div>
  );
}
