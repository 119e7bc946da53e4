import { DeviceRegistrationEntry } from '@sfc/api';

export interface DeviceLine {
  /** 1-based line number in the text the user typed or pasted. */
  line: number;
  text: string;
  entry?: { id: string; pk: string };
  problem?: string;
}

// A CSV export of another tool may start with a header line; it names columns, not a device.
const HEADER = /^\s*"?(device\s*)?id"?\s*[,;\t]\s*"?(pac|pk|key)"?\s*$/i;

function cells(text: string): string[] {
  return text.split(/[,;\t]/).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

/**
 * Reads devices typed or pasted as CSV, one per line: `id,PAC` (comma, semicolon or
 * tab). Each line is checked with the shared registration schema; empty lines and a
 * header line are skipped; an id listed twice is a problem on its second line.
 */
export function readDeviceLines(text: string): DeviceLine[] {
  const lines: DeviceLine[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '' || (index === 0 && HEADER.test(raw))) return;
    const line = index + 1;
    const [id = '', pk = '', ...rest] = cells(raw);
    if (rest.some((c) => c !== '')) {
      lines.push({ line, text: raw, problem: 'expected two values: id,PAC' });
      return;
    }
    const result = DeviceRegistrationEntry.safeParse({ id, pk });
    if (!result.success) {
      const issue = result.error.issues[0];
      lines.push({
        line,
        text: raw,
        problem: `${String(issue?.path[0] ?? 'line')}: ${issue?.message ?? 'invalid'}`,
      });
      return;
    }
    const key = id.toUpperCase().padStart(8, '0');
    const first = seen.get(key);
    if (first !== undefined) {
      lines.push({ line, text: raw, problem: `device ${id} is already on line ${first}` });
      return;
    }
    seen.set(key, line);
    lines.push({ line, text: raw, entry: result.data });
  });
  return lines;
}
