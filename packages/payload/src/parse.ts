import { lastByte } from './field-geometry.ts';
import { parseField, type WrittenField } from './parse-field.ts';
import { ConfigSyntaxError, Scanner } from './scanner.ts';
import { PayloadConfigError } from './errors.ts';
import type { FieldSpec, ParsedConfig, ParseResult } from './types.ts';

/**
 * Parses a payload config ("custom format" grammar) into fields with every default resolved.
 * Never throws: a malformed config yields `{ ok: false, error }` with the 1-based column, the text
 * found and what was expected. Whitespace (spaces, tabs, newlines) separates fields; an empty config
 * has no fields.
 */
export function parse(config: string): ParseResult {
  if (typeof config !== 'string') {
    const found = config === null ? 'null' : typeof config;
    const error = {
      message: `expected a config string, found ${found}`,
      column: 1,
      found,
      expected: 'a config string',
    };
    return { ok: false, error };
  }
  try {
    return { ok: true, config: parseOrThrow(config) };
  } catch (error) {
    if (error instanceof ConfigSyntaxError) return { ok: false, error: error.detail };
    throw error;
  }
}

/** Accepts a config string or an already parsed config; throws {@link PayloadConfigError} on a bad string. */
export function toParsed(config: string | ParsedConfig): ParsedConfig {
  if (typeof config !== 'string') return config;
  const result = parse(config);
  if (!result.ok) throw new PayloadConfigError(result.error);
  return result.config;
}

function parseOrThrow(source: string): ParsedConfig {
  const s = new Scanner(source);
  const fields: FieldSpec[] = [];
  const names = new Set<string>();
  s.skipWhitespace();
  while (!s.atEnd) {
    const written = parseField(s);
    if (names.has(written.name.text)) s.failToken(written.name, 'a new field name', 'duplicate field name');
    names.add(written.name.text);
    fields.push(place(written, fields.at(-1)));
    s.skipWhitespace();
  }
  return { source, fields };
}

/**
 * domain-notes "omitted byte index": the first field starts at byte 0; after a bool or after a field
 * with an explicit bit offset, the next one starts in the last byte that field used; otherwise in the
 * byte after it. The default bit offset is 7 (byte aligned).
 */
function place(written: WrittenField, previous: FieldSpec | undefined): FieldSpec {
  let byteIndex = written.byteIndex;
  if (byteIndex === undefined) {
    if (previous === undefined) byteIndex = 0;
    else if (previous.type === 'bool' || previous.explicitBitOffset) byteIndex = lastByte(previous);
    else byteIndex = lastByte(previous) + 1;
  }
  return {
    name: written.name.text,
    type: written.type,
    byteIndex,
    bitOffset: written.bitOffset ?? 7,
    length: written.length,
    endianness: written.endianness,
    explicitByteIndex: written.byteIndex !== undefined,
    explicitBitOffset: written.bitOffset !== undefined,
  };
}
