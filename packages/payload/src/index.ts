export type {
  ConfigError,
  DecodedValue,
  DecodeResult,
  Endianness,
  FieldSpec,
  FieldType,
  ParsedConfig,
  ParseResult,
} from './types.ts';
export { PayloadConfigError, PayloadEncodeError, PayloadHexError } from './errors.ts';
export { parse } from './parse.ts';
export { decode } from './decode.ts';
export { encode } from './encode.ts';
export { toJsonValues, type JsonValue } from './json-values.ts';
