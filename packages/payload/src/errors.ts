import type { ConfigError } from './types.ts';

/** A payload config that does not follow the grammar. Carries the position, the text found and what was expected. */
export class PayloadConfigError extends Error {
  readonly column: number;
  readonly found: string;
  readonly expected: string;

  constructor(error: ConfigError) {
    super(error.message);
    this.name = 'PayloadConfigError';
    this.column = error.column;
    this.found = error.found;
    this.expected = error.expected;
  }
}

/** A payload that is not an even-length string of hex digits. */
export class PayloadHexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadHexError';
  }
}

/** A value that cannot be encoded into its field (missing, wrong kind, out of range, unknown field). */
export class PayloadEncodeError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`field "${field}": ${message}`);
    this.name = 'PayloadEncodeError';
    this.field = field;
  }
}
