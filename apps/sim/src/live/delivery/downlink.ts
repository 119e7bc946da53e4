/**
 * The answer of a BIDIR downlink-hook callback (domain-notes, "Callback template
 * variables"): `{"<deviceId>": {"downlinkData": "<16 hex>"}}`, or 204 for no downlink.
 * A downlink is exactly 8 bytes (domain-notes, "Radio facts").
 */
export type DownlinkAnswer =
  | { kind: 'none' }
  | { kind: 'data'; data: string }
  | { kind: 'invalid'; info: string };

const DOWNLINK_HEX = /^[0-9a-fA-F]{16}$/;

export function parseDownlinkAnswer(
  deviceId: string,
  status: number,
  body: string | undefined,
): DownlinkAnswer {
  if (status === 204 || body === undefined || body.trim() === '') return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { kind: 'invalid', info: 'downlink answer is not JSON' };
  }
  const entry = lookup(parsed, deviceId);
  if (entry === undefined)
    return { kind: 'invalid', info: `downlink answer has no entry for device ${deviceId}` };
  const data = lookup(entry, 'downlinkData');
  if (typeof data !== 'string' || !DOWNLINK_HEX.test(data)) {
    return { kind: 'invalid', info: 'downlinkData must be 16 hexadecimal digits (8 bytes)' };
  }
  return { kind: 'data', data: data.toLowerCase() };
}

/** Device ids are hex: match the answer's key case-insensitively. */
function lookup(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (key in record) return record[key];
  const found = Object.keys(record).find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? undefined : record[found];
}
