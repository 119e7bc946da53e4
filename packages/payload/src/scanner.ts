import type { ConfigError } from './types.ts';

/** Thrown inside the parser only; {@link parse} turns it into a `ParseResult`. */
export class ConfigSyntaxError extends Error {
  readonly detail: ConfigError;

  constructor(detail: ConfigError) {
    super(detail.message);
    this.detail = detail;
  }
}

/** A token of the config text and where it starts (0-based index). */
export interface Token {
  text: string;
  start: number;
}

const WHITESPACE = new Set([' ', '\t', '\r', '\n']);

/** True for the characters that separate fields. */
export function isWhitespace(ch: string | undefined): boolean {
  return ch !== undefined && WHITESPACE.has(ch);
}

/** A cursor over the config text with helpers that fail with a positioned error. */
export class Scanner {
  pos = 0;

  constructor(readonly text: string) {}

  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string | undefined {
    return this.text[this.pos];
  }

  skipWhitespace(): void {
    while (isWhitespace(this.peek())) this.pos++;
  }

  /** Reads characters until ':' or whitespace or the end. */
  segment(): Token {
    const start = this.pos;
    while (!this.atEnd && this.peek() !== ':' && !isWhitespace(this.peek())) this.pos++;
    return { text: this.text.slice(start, this.pos), start };
  }

  /** Consumes a ':' or fails naming what it was for. */
  colon(expected: string): void {
    if (this.peek() !== ':') this.fail(this.pos, expected);
    this.pos++;
  }

  /** Fails at `index` (0-based), describing the text there (a whitespace-free run, or one character). */
  fail(index: number, expected: string, why?: string): never {
    throw this.error(index, this.describeAt(index), expected, why);
  }

  /** Fails on a whole token that is well-formed but not allowed here. */
  failToken(token: Token, expected: string, why?: string): never {
    const found = token.text === '' ? this.describeAt(token.start) : token.text;
    throw this.error(token.start, found, expected, why);
  }

  private error(index: number, found: string, expected: string, why: string | undefined): ConfigSyntaxError {
    const shown = found === END ? found : `"${found}"`;
    const prefix = why === undefined ? '' : `${why}; `;
    return new ConfigSyntaxError({
      message: `column ${index + 1}: ${prefix}expected ${expected}, found ${shown}`,
      column: index + 1,
      found,
      expected,
    });
  }

  private describeAt(index: number): string {
    if (index >= this.text.length) return END;
    const rest = this.text.slice(index);
    return /^[^:\s]+/.exec(rest)?.[0] ?? rest[0]!;
  }
}

const END = 'end of input';
