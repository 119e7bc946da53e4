import { useMemo } from 'react';
import { DataTable } from '../../components/data-table/data-table.tsx';
import type { Column } from '../../components/data-table/column.ts';
import { TimeText } from '../../components/time-text.tsx';
import { type FleetDevice, STATE_NAMES } from './fleet-device.ts';

function columns(onSelect: (id: string) => void): Column<FleetDevice>[] {
  return [
    {
      id: 'name',
      header: 'Device',
      width: 'm',
      cell: (d) => (
        <button type="button" className="link-button" onClick={() => onSelect(d.id)}>
          {d.name}
        </button>
      ),
      csv: (d) => d.name,
    },
    {
      id: 'id',
      header: 'Id',
      width: 's',
      cell: (d) => <span className="mono">{d.id}</span>,
      csv: (d) => d.id,
    },
    { id: 'type', header: 'Device type', width: 'm', cell: (d) => d.typeName, csv: (d) => d.typeName },
    {
      id: 'state',
      header: 'State',
      width: 's',
      cell: (d) => STATE_NAMES[d.state],
      csv: (d) => STATE_NAMES[d.state],
    },
    {
      id: 'last',
      header: 'Last seen',
      width: 'm',
      cell: (d) => <TimeText value={d.last} unit="s" />,
      csv: (d) => (d.last === 0 ? '' : new Date(d.last * 1000).toISOString()),
    },
  ];
}

/** The devices in the map's view that pass the filters; follows every pan and zoom. */
export function FleetList({
  devices,
  inView,
  onSelect,
}: {
  devices: readonly FleetDevice[];
  inView: Int32Array;
  onSelect: (id: string) => void;
}) {
  const rows = useMemo(
    () => Array.from(inView, (i) => devices[i]).filter((d) => d !== undefined),
    [devices, inView],
  );
  const cols = useMemo(() => columns(onSelect), [onSelect]);
  return <DataTable label="Devices in view" rows={rows} columns={cols} rowKey={(d) => d.id} />;
}
