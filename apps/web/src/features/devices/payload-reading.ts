import type { DeviceType } from '@sfc/api';
import { decode, type FieldLayout, layout, parse, toJsonValues } from '@sfc/payload';

export type PayloadReading =
  | { kind: 'fields'; values: [string, string][]; warnings: string[]; layout: FieldLayout[] }
  | { kind: 'config-error'; message: string }
  | { kind: 'raw' };

/**
 * One message's payload read field by field with its device type's Custom config
 * (reference: "Custom message type decoding grammar"); other payload types stay raw.
 */
export function readPayload(
  deviceType: Pick<DeviceType, 'payloadType' | 'payloadConfig'> | undefined,
  hex: string,
): PayloadReading {
  if (deviceType?.payloadType !== 'Custom' || !deviceType.payloadConfig) return { kind: 'raw' };
  const parsed = parse(deviceType.payloadConfig);
  if (!parsed.ok) return { kind: 'config-error', message: parsed.error.message };
  const { values, warnings } = decode(parsed.config, hex);
  return {
    kind: 'fields',
    values: Object.entries(toJsonValues(values)).map(([name, value]) => [name, JSON.stringify(value)]),
    warnings,
    layout: layout(parsed.config),
  };
}
