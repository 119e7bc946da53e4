import type { DeviceState } from '@sfc/api';

/** Device states (domain notes, "Device and token states"). */
export const DEVICE_STATES: Record<DeviceState, { label: string; tone: 'ok' | 'warn' | 'danger' | '' }> = {
  0: { label: 'OK', tone: 'ok' },
  1: { label: 'KO (communication timeout)', tone: 'danger' },
  2: { label: 'Off contract', tone: 'warn' },
  3: { label: 'Disabled', tone: '' },
  4: { label: 'Warn (network issues)', tone: 'warn' },
};

export function DeviceStateBadge({ state }: { state: DeviceState }) {
  const { label, tone } = DEVICE_STATES[state];
  return <span className={`badge ${tone ? `badge--${tone}` : ''}`}>{label}</span>;
}
