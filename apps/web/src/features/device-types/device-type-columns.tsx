import type { DeviceType } from '@sfc/api';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { GroupLink } from '../groups/group-link.tsx';
import type { Column } from '../../components/data-table/column.ts';

/** Keep-alive for people: seconds as hours/minutes, 0 as "inactive". */
export function formatKeepAlive(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  if (seconds === 0) return 'inactive';
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  return [h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : ''].filter(Boolean).join(' ') || `${seconds} s`;
}

export const deviceTypeColumns: Column<DeviceType>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (t) => <Link to={paths.deviceTypes.detail(t.id)}>{t.name}</Link>,
    csv: (t) => t.name,
    width: 'm',
  },
  { id: 'description', header: 'Description', cell: (t) => t.description, csv: (t) => t.description },
  {
    id: 'payloadType',
    header: 'Payload type',
    cell: (t) => t.payloadType ?? '—',
    csv: (t) => t.payloadType,
    width: 's',
  },
  {
    id: 'keepAlive',
    header: 'Keep alive',
    cell: (t) => formatKeepAlive(t.keepAlive),
    csv: (t) => t.keepAlive,
    width: 's',
  },
  {
    id: 'group',
    header: 'Group',
    cell: (t) => <GroupLink id={t.group} />,
    csv: (t) => t.group,
    width: 'm',
  },
];
