import type { Callback } from '@sfc/api';
import { Switch } from 'react-aria-components';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { canBeDownlink, kindName, target } from './callback-labels.ts';
import { useDeleteCallback, useEnableCallback, useSelectDownlinkCallback } from './callback-queries.ts';

interface CallbackTableProps {
  label: string;
  deviceTypeId: string;
  callbacks: readonly Callback[];
  canEdit: boolean;
}

function EnabledSwitch({ cb, deviceTypeId }: { cb: Callback; deviceTypeId: string }) {
  const enable = useEnableCallback(deviceTypeId);
  // Shows the requested state while the server confirms it.
  const selected = enable.isPending && enable.variables ? enable.variables.enabled : cb.enabled;
  return (
    <Switch
      className="switch"
      isSelected={selected}
      isDisabled={enable.isPending}
      onChange={(enabled) => enable.mutate({ callbackId: cb.id, enabled })}
    >
      <span className="switch__track" aria-hidden="true" />
      Enabled
    </Switch>
  );
}

function RowActions({ cb, deviceTypeId }: { cb: Callback; deviceTypeId: string }) {
  const remove = useDeleteCallback(deviceTypeId);
  const downlink = useSelectDownlinkCallback(deviceTypeId);
  return (
    <div className="row-actions">
      {canBeDownlink(cb) && !cb.downlinkHook && (
        <button
          type="button"
          className="button button--secondary"
          disabled={downlink.isPending}
          onClick={() => downlink.mutate(cb.id)}
        >
          Select as downlink
        </button>
      )}
      <ConfirmDialog
        trigger="Delete"
        title="Delete this callback?"
        confirmLabel="Delete callback"
        danger
        isDisabled={remove.isPending}
        onConfirm={() => remove.mutate(cb.id)}
      >
        <p>
          Messages will no longer be delivered to <span className="mono">{target(cb)}</span>. This cannot be
          undone.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function columns(deviceTypeId: string, canEdit: boolean): Column<Callback>[] {
  return [
    { id: 'channel', header: 'Channel', cell: (cb) => cb.channel, csv: (cb) => cb.channel, width: 's' },
    {
      id: 'kind',
      header: 'Kind',
      cell: (cb) => kindName(cb.callbackType, cb.callbackSubtype),
      csv: (cb) => kindName(cb.callbackType, cb.callbackSubtype),
      width: 'm',
    },
    {
      id: 'target',
      header: 'Target',
      cell: (cb) => (
        <span className="mono" title={target(cb)}>
          {target(cb)}
        </span>
      ),
      csv: target,
    },
    {
      id: 'status',
      header: 'Status',
      cell: (cb) => (
        <>
          {cb.downlinkHook && <span className="badge badge--ok">Downlink</span>}{' '}
          {cb.dead && <span className="badge badge--danger">Last delivery failed</span>}
        </>
      ),
      csv: (cb) => [cb.downlinkHook ? 'downlink' : '', cb.dead ? 'dead' : ''].filter(Boolean).join(' '),
      width: 'm',
    },
    {
      id: 'enabled',
      header: 'Enabled',
      cell: (cb) =>
        canEdit ? <EnabledSwitch cb={cb} deviceTypeId={deviceTypeId} /> : cb.enabled ? 'Yes' : 'No',
      csv: (cb) => cb.enabled,
      width: 's',
    },
    ...(canEdit
      ? [
          {
            id: 'actions',
            header: 'Actions',
            cell: (cb: Callback) => <RowActions cb={cb} deviceTypeId={deviceTypeId} />,
            width: 'l' as const,
          },
        ]
      : []),
  ];
}

export function CallbackTable({ label, deviceTypeId, callbacks, canEdit }: CallbackTableProps) {
  return (
    <DataTable
      label={label}
      rows={callbacks}
      columns={columns(deviceTypeId, canEdit)}
      rowKey={(cb) => cb.id}
    />
  );
}
