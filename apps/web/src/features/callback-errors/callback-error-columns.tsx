import type { CallbackError } from '@sfc/api';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { TimeText } from '../../components/time-text.tsx';
import { csvTime } from '../../lib/time.ts';
import { callbackTarget } from './callback-error-queries.ts';

/** The columns every list of callback failures shows; each list picks and orders them. */
export const callbackErrorColumns = {
  time: {
    id: 'time',
    header: 'Time',
    cell: (e) => <TimeText value={e.time} unit="s" />,
    csv: (e) => csvTime(e.time, 's'),
    width: 'm',
  },
  device: {
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
  status: { id: 'status', header: 'Status', cell: (e) => e.status, csv: (e) => e.status, width: 'xs' },
  message: { id: 'message', header: 'Message', cell: (e) => e.message, csv: (e) => e.message, width: 'm' },
  target: {
    id: 'target',
    header: 'Callback',
    cell: (e) => <span className="mono">{callbackTarget(e)}</span>,
    csv: callbackTarget,
  },
} satisfies Record<string, Column<CallbackError>>;
