import { BitWriter } from './bit-writer.ts';
import { valueToBits } from './encode-value.ts';
import { PayloadEncodeError } from './errors.ts';
import { lastByte, startBit } from './field-geometry.ts';
import { bytesToHex } from './hex.ts';
import { toParsed } from './parse.ts';
import type { DecodedValue, FieldSpec, ParsedConfig } from './types.ts';

/** Encodes a full set of values for one config. */
export type Encoder = (values: Readonly<Record<string, DecodedValue>>) => string;

/** Encoders of parsed configs already seen, so `encode(parsed, ...)` in a loop prepares once. */
const prepared = new WeakMap<ParsedConfig, Encoder>();

/**
 * Encodes values into a lowercase hex payload, the inverse of {@link decode}: every field needs a
 * value that fits (range-checked per type and length), unknown names are refused, bits no field
 * covers are 0, and fields that overlap must agree on their shared bits. Integers accept numbers
 * (safe integers), bigints or decimal strings; floats accept numbers or "NaN"/"Infinity"/"-Infinity";
 * chars accept the escaped text `decode` produces. Throws `PayloadEncodeError` naming the field.
 */
export function encode(
  config: string | ParsedConfig,
  values: Readonly<Record<string, DecodedValue>>,
): string {
  if (typeof config === 'string') return compileEncoder(config)(values);
  let encoder = prepared.get(config);
  if (encoder === undefined) {
    encoder = compileEncoder(config);
    prepared.set(config, encoder);
  }
  return encoder(values);
}

/** Prepares an encoder for one config (parsed once), for encoding many value sets. */
export function compileEncoder(config: string | ParsedConfig): Encoder {
  const { fields } = toParsed(config);
  const known = new Set(fields.map((field) => field.name));
  const size = fields.reduce((max, field) => Math.max(max, lastByte(field) + 1), 0);
  return (values) => {
    for (const name of Object.keys(values)) {
      if (!known.has(name)) throw new PayloadEncodeError(name, 'no field of that name in the config');
    }
    const writer = new BitWriter(size, fields);
    for (const field of fields) {
      if (!Object.hasOwn(values, field.name)) throw new PayloadEncodeError(field.name, 'missing value');
      writeField(writer, field, values[field.name]!);
    }
    return bytesToHex(writer.bytes);
  };
}

function writeField(writer: BitWriter, field: FieldSpec, value: DecodedValue): void {
  const bits = valueToBits(field, value);
  const start = startBit(field);
  if ('bytes' in bits) {
    for (const [i, byte] of bits.bytes.entries()) writer.write(field, start + 8 * i, 8, byte);
  } else if (field.endianness === 'little') {
    // domain-notes: little-endian reverses whole bytes, so the least significant byte comes first.
    for (let i = 0; i < field.length / 8; i++) {
      const byte = i < 4 ? (bits.low >>> (8 * i)) & 0xff : (bits.high >>> (8 * (i - 4))) & 0xff;
      writer.write(field, start + 8 * i, 8, byte);
    }
  } else if (field.length > 32) {
    writer.write(field, start, field.length - 32, bits.high);
    writer.write(field, start + field.length - 32, 32, bits.low);
  } else {
    writer.write(field, start, field.length, bits.low);
  }
}
