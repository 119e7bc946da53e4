import {
  type ConfigError,
  decode,
  type FieldLayout,
  layout,
  PayloadHexError,
  parse,
  toJsonValues,
} from '@sfc/payload';

export type ToolResult =
  | { kind: 'empty' }
  | { kind: 'config-error'; error: ConfigError; line: string; lineNumber: number; lineColumn: number }
  | { kind: 'hex-error'; message: string; layout: FieldLayout[] }
  | { kind: 'decoded'; values: [string, string][]; warnings: string[]; layout: FieldLayout[] };

/** Where a 1-based column of the whole config falls, by line, to point at it under that line. */
function locate(config: string, column: number) {
  const lines = config.split('\n');
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (column <= start + line.length + 1 || i === lines.length - 1) {
      return { line, lineNumber: i + 1, lineColumn: column - start };
    }
    start += line.length + 1;
  }
  return { line: '', lineNumber: 1, lineColumn: column };
}

/** A config and a hex payload in; the parse error, or the decoded values, warnings and bit layout out. */
export function runPayloadTool(config: string, hex: string): ToolResult {
  if (config.trim() === '') return { kind: 'empty' };
  const parsed = parse(config);
  if (!parsed.ok)
    return { kind: 'config-error', error: parsed.error, ...locate(config, parsed.error.column) };
  const fields = layout(parsed.config);
  try {
    const { values, warnings } = decode(parsed.config, hex.trim());
    return {
      kind: 'decoded',
      values: Object.entries(toJsonValues(values)).map(([name, value]) => [name, JSON.stringify(value)]),
      warnings,
      layout: fields,
    };
  } catch (error) {
    if (error instanceof PayloadHexError)
      return { kind: 'hex-error', message: error.message, layout: fields };
    throw error;
  }
}
