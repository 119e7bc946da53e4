import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { useDisengageSequenceNumber } from './device-type-queries.ts';

/** Disengage the sequence number check (reference: Disengage sequence number), after explaining it. */
export function DisengageButton({ deviceTypeId }: { deviceTypeId: string }) {
  const disengage = useDisengageSequenceNumber(deviceTypeId);
  return (
    <ConfirmDialog
      trigger="Disengage sequence number"
      title="Disengage the sequence number check?"
      confirmLabel="Disengage"
      isDisabled={disengage.isPending}
      onConfirm={() => disengage.mutate()}
    >
      <p>
        Every message carries a 12-bit sequence number. A number going backwards is normally refused as an
        error (a replayed or duplicated frame).
      </p>
      <p>
        Disengaging accepts the <strong>next message of each device</strong> of this device type whatever its
        sequence number, then checking resumes from there. Use it after devices were reset or re-flashed and
        restarted their count; it also lets one replayed frame through.
      </p>
    </ConfirmDialog>
  );
}
