/** The five field types of the custom payload grammar (reference: "Custom message type decoding grammar"). */
export type FieldType = 'bool' | 'char' | 'float' | 'uint' | 'int';

/** Byte order of a multi-byte field. Only byte-aligned whole-byte fields may be little-endian. */
export type Endianness = 'big' | 'little';

/** One field of a parsed payload config, with every default resolved. */
export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Byte where reading starts (0-based), explicit or derived by the omitted-index rules. */
  byteIndex: number;
  /** First bit read in `byteIndex`, 7 (most significant) to 0, inclusive. For bool, the bit itself. */
  bitOffset: number;
  /** Bits for bool (always 1), uint, int and float; BYTES for char. */
  length: number;
  endianness: Endianness;
  explicitByteIndex: boolean;
  explicitBitOffset: boolean;
}

/** A config that parsed: the source text and its fields in order. */
export interface ParsedConfig {
  readonly source: string;
  readonly fields: readonly FieldSpec[];
}

/** Why a config did not parse, and where. */
export interface ConfigError {
  message: string;
  /** 1-based character position in the config string (newlines count as one character). */
  column: number;
  /** The text found there, or `end of input`. */
  found: string;
  /** What the grammar expected there. */
  expected: string;
}

/** Result of {@link parse}: never throws. */
export type ParseResult = { ok: true; config: ParsedConfig } | { ok: false; error: ConfigError };

/** A decoded field value: bool, number (int/uint up to 53 bits, float), bigint (int/uint over 53 bits), string (char). */
export type DecodedValue = boolean | number | bigint | string;

/** Decoded values by field name, plus warnings (overruns, oversized payloads). */
export interface DecodeResult {
  values: Record<string, DecodedValue>;
  warnings: string[];
}
