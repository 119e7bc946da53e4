import type { Message } from '@sfc/api';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { TimeText } from '../../components/time-text.tsx';
import { csvTime, formatShort, toDate } from '../../lib/time.ts';
import type { Decoder } from './message-decoder.ts';

function callbackSummary(m: Message): string {
  const statuses = m.rinfos?.flatMap((r) => r.cbStatus ?? []) ?? [];
  if (statuses.length === 0) return '';
  const failed = statuses.filter((s) => s.status < 200 || s.status >= 300).length;
  return failed === 0 ? `${statuses.length} ok` : `${failed} of ${statuses.length} failed`;
}

/** What the device page adds: sequence gaps flagged, and a way to open a message. */
export interface MessageColumnOptions {
  /** Missing sequence numbers before a message (see devices/sequence-gaps.ts). */
  gaps?: ReadonlyMap<Message, number>;
  onOpen?: (message: Message) => void;
}

function seqCell(m: Message, gaps: ReadonlyMap<Message, number> | undefined) {
  const missing = gaps?.get(m);
  if (missing === undefined) return m.seqNumber;
  return (
    <span
      className="seq-gap"
      title={`${missing} sequence number${missing > 1 ? 's' : ''} missing before this one`}
    >
      {m.seqNumber} <span className="badge badge--warn">gap: {missing} missing</span>
    </span>
  );
}

/** Columns of a message list; a decoder adds the decoded payload. Shared by device-type and device pages. */
export function messageColumns(
  decoder: Decoder | undefined,
  { gaps, onOpen }: MessageColumnOptions = {},
): Column<Message>[] {
  return [
    {
      id: 'time',
      header: 'Time',
      cell: (m) => <TimeText value={m.time} unit="s" />,
      csv: (m) => csvTime(m.time, 's'),
      width: 'm',
    },
    {
      id: 'device',
      header: 'Device',
      cell: (m) => (
        <Link to={paths.devices.detail(m.device)} className="mono">
          {m.device}
        </Link>
      ),
      csv: (m) => m.device,
      width: 's',
    },
    {
      id: 'seq',
      header: 'Seq.',
      cell: (m) => seqCell(m, gaps),
      csv: (m) => m.seqNumber,
      width: gaps ? 'm' : 'xs',
    },
    {
      id: 'data',
      header: 'Data',
      cell: (m) => <span className="mono">{m.data}</span>,
      csv: (m) => m.data,
      width: 'm',
    },
    ...(decoder
      ? [
          {
            id: 'decoded',
            header: 'Decoded',
            cell: (m: Message) => decoder(m.data),
            csv: (m: Message) => decoder(m.data),
          },
        ]
      : []),
    {
      id: 'quality',
      header: 'Link quality',
      cell: (m) => m.linkQuality,
      csv: (m) => m.linkQuality,
      width: 's',
    },
    {
      id: 'stations',
      header: 'Stations',
      cell: (m) => m.rinfos?.length,
      csv: (m) => m.rinfos?.length,
      width: 'xs',
    },
    { id: 'callbacks', header: 'Callbacks', cell: callbackSummary, csv: callbackSummary, width: 's' },
    ...(onOpen
      ? [
          {
            id: 'open',
            header: 'Details',
            cell: (m: Message) => (
              <button
                type="button"
                className="button button--secondary"
                // The visible word starts the name; the rest tells one row's button from another.
                aria-label={`Details of message ${m.seqNumber ?? ''} (${formatShort(toDate(m.time, 's'))})`}
                onClick={() => onOpen(m)}
              >
                Details
              </button>
            ),
            width: 's' as const,
          },
        ]
      : []),
  ];
}
