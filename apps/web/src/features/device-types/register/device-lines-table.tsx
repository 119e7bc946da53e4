import type { Column } from '../../../components/data-table/column.ts';
import { DataTable } from '../../../components/data-table/data-table.tsx';
import type { DeviceLine } from './device-lines.ts';

const columns: Column<DeviceLine>[] = [
  { id: 'line', header: 'Line', cell: (l) => l.line, csv: (l) => l.line, width: 'xs' },
  {
    id: 'id',
    header: 'Id',
    cell: (l) => <span className="mono">{l.entry?.id ?? l.text}</span>,
    csv: (l) => l.entry?.id ?? l.text,
    width: 'm',
  },
  {
    id: 'check',
    header: 'Check',
    cell: (l) =>
      l.problem ? (
        <span className="field__error">{l.problem}</span>
      ) : (
        <span className="badge badge--ok">OK</span>
      ),
    csv: (l) => l.problem ?? 'OK',
  },
];

/** Each line as read, with its problem if any, so the user sees exactly what will be sent. */
export function DeviceLinesTable({ lines }: { lines: readonly DeviceLine[] }) {
  return (
    <DataTable label="Devices to register" rows={lines} columns={columns} rowKey={(l) => String(l.line)} />
  );
}
