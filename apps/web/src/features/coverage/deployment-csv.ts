import { readCoordinate } from './coordinates.ts';

/** The most coordinates one deployment check takes. */
export const MAX_DEPLOYMENT_POINTS = 1000;

export interface DeploymentPoint {
  name: string;
  lat: number;
  lng: number;
  /** The line of the input it came from, 1-based. */
  line: number;
}

export interface ParsedDeployment {
  points: DeploymentPoint[];
  /** One message per problem, naming its line and column: "Line 3: latitude must be ...". */
  errors: string[];
}

interface Columns {
  lat: number;
  lng: number;
  name: number | undefined;
}

const HEADER_NAMES = {
  lat: ['lat', 'latitude'],
  lng: ['lng', 'lon', 'long', 'longitude'],
  name: ['name'],
} as const;

/** Splits a CSV line; double quotes hold separators and `""` is a quote (RFC 4180). */
export function splitCsvLine(line: string, separator: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      fields.push(field.trim());
      field = '';
    } else field += c;
  }
  fields.push(field.trim());
  return fields;
}

function headerColumns(fields: readonly string[], line: number): Columns | string {
  const find = (names: readonly string[]) => {
    const i = fields.findIndex((f) => names.includes(f.toLowerCase()));
    return i === -1 ? undefined : i;
  };
  const lat = find(HEADER_NAMES.lat);
  const lng = find(HEADER_NAMES.lng);
  if (lat === undefined || lng === undefined) {
    return `Line ${line}: the header needs a lat (or latitude) and a lng (or longitude) column`;
  }
  return { lat, lng, name: find(HEADER_NAMES.name) };
}

/**
 * Reads pasted or imported coordinates: `lat,lng` and an optional name per line, an
 * optional header (lat/lng or latitude/longitude, in any order, with name), `,` or `;`
 * between fields (with `;`, a decimal comma is read as a point, as European spreadsheets
 * write). Every line is checked; blank lines are skipped but keep their numbers.
 */
export function parseDeployment(text: string): ParsedDeployment {
  const lines = text.split(/\r\n|\r|\n/);
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  const first = lines[firstIndex] ?? '';
  const separator = first.includes(';') ? ';' : ',';
  const number = (field: string) => (separator === ';' ? field.replace(',', '.') : field);
  let columns: Columns = { lat: 0, lng: 1, name: 2 };
  const points: DeploymentPoint[] = [];
  const errors: string[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const fields = splitCsvLine(raw, separator);
    // A first line that does not start with a number names the columns.
    if (index === firstIndex && !/^[\s"]*[+-]?[\d.]/.test(raw)) {
      const header = headerColumns(fields, line);
      if (typeof header === 'string') errors.push(header);
      else columns = header;
      return;
    }
    const lat = readCoordinate(number(fields[columns.lat] ?? ''), 'latitude');
    const lng = readCoordinate(number(fields[columns.lng] ?? ''), 'longitude');
    if (typeof lat === 'string') errors.push(`Line ${line}: latitude ${lat}`);
    if (typeof lng === 'string') errors.push(`Line ${line}: longitude ${lng}`);
    if (typeof lat !== 'number' || typeof lng !== 'number') return;
    const name = columns.name === undefined ? '' : (fields[columns.name] ?? '');
    points.push({ name: name || `Point ${points.length + 1}`, lat, lng, line });
  });
  if (points.length > MAX_DEPLOYMENT_POINTS) {
    errors.push(`Too many coordinates: ${points.length}; at most ${MAX_DEPLOYMENT_POINTS} per check`);
  }
  return { points, errors };
}
