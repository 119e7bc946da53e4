import { z } from 'zod';

/**
 * How many bytes each direct-mode downlink variable stands for (reference: Downlink
 * data variables). The reference does not say; we take `{time}` as 4 bytes (epoch
 * seconds, 32 bits), `{tapId}` as 2 bytes (station ids are 4 hex digits in every
 * example: "003D", "001F") and `{rssi}` as 2 bytes (a signed 16-bit value), so that
 * `{time}{tapId}{rssi}` fills exactly the 8 downlink bytes.
 */
export const DOWNLINK_VARIABLE_BYTES = { time: 4, tapId: 2, rssi: 2 } as const;
/** A direct-mode downlink variable name. */
export type DownlinkVariable = keyof typeof DOWNLINK_VARIABLE_BYTES;

/** Size of a Sigfox downlink payload in bytes (domain notes: "downlink exactly 8 bytes"). */
export const DOWNLINK_BYTES = 8;

const TOKEN = /\{([^{}]*)\}|([0-9a-fA-F]+)|(.)/gy;

function isDownlinkVariable(name: string): name is DownlinkVariable {
  return Object.hasOwn(DOWNLINK_VARIABLE_BYTES, name);
}

/**
 * Problems of a downlink data string, empty when valid: exactly 8 bytes, written as
 * pairs of hex digits and `{rssi}`, `{tapId}`, `{time}` variables.
 */
export function downlinkDataProblems(value: string): string[] {
  const problems: string[] = [];
  let bytes = 0;
  for (const match of value.matchAll(TOKEN)) {
    const [, variable, hex, other] = match;
    if (variable !== undefined) {
      if (isDownlinkVariable(variable)) bytes += DOWNLINK_VARIABLE_BYTES[variable];
      else problems.push(`unknown variable {${variable}}: only {rssi}, {tapId} and {time} are available`);
    } else if (hex !== undefined) {
      if (hex.length % 2 !== 0) problems.push(`hex digits must come in pairs (whole bytes), found "${hex}"`);
      bytes += Math.floor(hex.length / 2);
    } else if (other !== undefined) {
      problems.push(`unexpected character "${other}" at position ${match.index}`);
    }
  }
  if (problems.length === 0 && bytes !== DOWNLINK_BYTES) {
    problems.push(`must be exactly ${DOWNLINK_BYTES} bytes (16 hex digits), found ${bytes}`);
  }
  return problems;
}

/**
 * The downlink data of a device type in direct mode (reference: Device type edition,
 * downlinkDataString "must be an 8 hexadecimal bytes string"), e.g. `deadbeefcafebabe`
 * or `{time}{tapId}{rssi}`.
 */
export const DownlinkDataString = z.string().superRefine((value, ctx) => {
  for (const message of downlinkDataProblems(value)) ctx.addIssue({ code: 'custom', message });
});
