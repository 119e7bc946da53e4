import { decode } from './decode.ts';
import { encode } from './encode.ts';
import { PayloadConfigError, PayloadEncodeError, PayloadHexError } from './errors.ts';
import { toJsonValues } from './json-values.ts';
import { layout } from './layout.ts';
import type { DecodedValue } from './types.ts';

/** What a CLI invocation prints and its exit code: 0 ok, 1 bad config/hex/values, 2 bad usage. */
export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export const USAGE = `Usage: payload <command> [arguments]

Commands:
  decode '<config>' <hex>            decode a payload: {"values": {...}, "warnings": [...]}
  encode '<config>' '<json values>'  encode values to hex, e.g. encode 'a::uint:8' '{"a": 255}'
  layout '<config>'                  the (byte, bit) cells each field occupies, as JSON

Integers over 53 bits are decimal strings in JSON; so are NaN, Infinity and -Infinity floats.
Exit codes: 0 success, 1 invalid config, hex or values, 2 usage error.`;

const ARITY: Readonly<Record<string, number>> = { decode: 2, encode: 2, layout: 1 };

/** Runs the CLI on its arguments (without `node` and the script), without touching the process. */
export function runCli(args: readonly string[]): CliOutcome {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    return {
      code: command === undefined ? 2 : 0,
      stdout: command === undefined ? '' : `${USAGE}\n`,
      stderr: command === undefined ? `${USAGE}\n` : '',
    };
  }
  const arity = ARITY[command];
  if (arity === undefined) return usageError(`unknown command "${command}"`);
  if (rest.length !== arity)
    return usageError(`${command} takes ${arity} argument${arity > 1 ? 's' : ''}, got ${rest.length}`);
  const [config = '', second = ''] = rest;
  try {
    return { code: 0, stdout: `${run(command, config, second)}\n`, stderr: '' };
  } catch (error) {
    if (error instanceof PayloadConfigError)
      return failure(`${error.message}\n${pointAt(config, error.column)}`);
    if (error instanceof PayloadHexError || error instanceof PayloadEncodeError)
      return failure(error.message);
    throw error;
  }
}

function run(command: string, config: string, second: string): string {
  if (command === 'decode') {
    const result = decode(config, second);
    return JSON.stringify({ values: toJsonValues(result.values), warnings: result.warnings });
  }
  if (command === 'encode') return encode(config, parseValues(second));
  return JSON.stringify(layout(config));
}

function parseValues(text: string): Record<string, DecodedValue> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new PayloadEncodeError(
      '(values)',
      `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new PayloadEncodeError('(values)', 'expected a JSON object of field values');
  }
  const values: Record<string, DecodedValue> = {};
  for (const [name, value] of Object.entries(parsed)) {
    if (typeof value !== 'boolean' && typeof value !== 'number' && typeof value !== 'string') {
      throw new PayloadEncodeError(name, `expects a boolean, number or string, got ${JSON.stringify(value)}`);
    }
    values[name] = value;
  }
  return values;
}

/** The config on one line with a caret under the reported column. */
function pointAt(config: string, column: number): string {
  return `  ${config.replace(/[\r\n\t]/g, ' ')}\n  ${' '.repeat(column - 1)}^`;
}

function usageError(message: string): CliOutcome {
  return { code: 2, stdout: '', stderr: `error: ${message}\n\n${USAGE}\n` };
}

function failure(message: string): CliOutcome {
  return { code: 1, stdout: '', stderr: `error: ${message}\n` };
}
