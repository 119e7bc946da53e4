import type { ErrorEvent, EventCallback, WarnEvent } from '@sfc/api';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { TimeText } from '../../components/time-text.tsx';
import { csvTime } from '../../lib/time.ts';

/** Columns of status event lists; shared by device-type and device pages. */
function deliveries(callbacks: readonly EventCallback[] | undefined): string {
  return (callbacks ?? [])
    .map((c) => `${'url' in c ? c.url : `email "${c.subject}"`}: ${c.status ?? 'pending'}`)
    .join('; ');
}

export const errorColumns: Column<ErrorEvent>[] = [
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

export const warnColumns: Column<WarnEvent>[] = [
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
