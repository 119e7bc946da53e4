import type { DeviceType } from '@sfc/api';
import { decode, parse, toJsonValues } from '@sfc/payload';

export type Decoder = (hex: string) => string;

function ascii(hex: string): string {
  let text = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = Number.parseInt(hex.slice(i, i + 2), 16);
    text += code >= 0x20 && code < 0x7f ? String.fromCharCode(code) : `\\x${hex.slice(i, i + 2)}`;
  }
  return text;
}

/**
 * How this device type's messages read (reference: payloadType): Custom through its
 * payload config, String as ASCII, others as raw hex only. The config is parsed once.
 */
export function createDecoder(
  deviceType: Pick<DeviceType, 'payloadType' | 'payloadConfig'>,
): Decoder | undefined {
  if (deviceType.payloadType === 'String') return ascii;
  if (deviceType.payloadType !== 'Custom' || !deviceType.payloadConfig) return undefined;
  const parsed = parse(deviceType.payloadConfig);
  if (!parsed.ok) return () => `payload config error: ${parsed.error.message}`;
  return (hex) => {
    const { values, warnings } = decode(parsed.config, hex);
    const text = Object.entries(toJsonValues(values))
      .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
      .join(' ');
    return warnings.length > 0
      ? `${text} (${warnings.length} warning${warnings.length > 1 ? 's' : ''})`
      : text;
  };
}
