import { type DecodedValue, type ParsedConfig, encode, parse } from '@sfc/payload';
import type { DeviceModel, PayloadContext, PayloadValues } from './models.ts';

/**
 * Custom payloads are produced by @sfc/payload's `encode`, field by field: the
 * configs here have no overlapping fields, so a payload is the OR of each field
 * encoded alone (other bits 0, as `encode` leaves them). That lets history
 * memoise encodings, which is what makes it fast enough for the bench:
 * - every field's encodings are memoised per value (up to MEMO_LIMIT values);
 * - int/uint fields wider than 16 bits (counters, coordinates) rarely repeat a
 *   value, so they are encoded per 8-bit chunk of their two's-complement bits:
 *   an integer field maps each value bit to a fixed wire bit, so the value's
 *   encoding is the OR of the encodings of its chunks (chunk k worth c·256^k, the
 *   top chunk of a negative int taken minus 2^bits to stay in range).
 * payload.test.ts checks the result equals `encode(config, values)` on every model.
 */
interface FieldEncoder {
  name: string;
  alone: ParsedConfig;
  memo: Map<DecodedValue, Uint8Array>;
  /** Set for wide integer fields: bit length and signedness, chunk memos by chunk index. */
  chunks?: { bits: number; signed: boolean; memo: Map<number, Uint8Array>[] };
}

interface ConfigEncoder {
  size: number;
  fields: FieldEncoder[];
}

const MEMO_LIMIT = 8192;
const encoders = new Map<string, ConfigEncoder>();
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Parses a payload config; throws on an invalid one (the catalogue's configs are all valid). */
export function parsedConfig(config: string): ParsedConfig {
  const result = parse(config);
  if (!result.ok) throw new Error(`invalid payload config "${config}": ${result.error.message}`);
  return result.config;
}

function encoderFor(config: string): ConfigEncoder {
  let hit = encoders.get(config);
  if (hit) return hit;
  let size = 0;
  const fields = parsedConfig(config).fields.map((field): FieldEncoder => {
    const bits = field.type === 'char' ? field.length * 8 : field.length;
    size = Math.max(size, Math.ceil((field.byteIndex * 8 + 7 - field.bitOffset + bits) / 8));
    const encoder: FieldEncoder = {
      name: field.name,
      alone: { source: config, fields: [field] },
      memo: new Map(),
    };
    if ((field.type === 'int' || field.type === 'uint') && bits > 16 && bits <= 48) {
      const memo = Array.from({ length: Math.ceil(bits / 8) }, () => new Map<number, Uint8Array>());
      encoder.chunks = { bits, signed: field.type === 'int', memo };
    }
    return encoder;
  });
  hit = { size, fields };
  encoders.set(config, hit);
  return hit;
}

function encodeAlone(field: FieldEncoder, value: DecodedValue): Uint8Array {
  const hex = encode(field.alone, { [field.name]: value });
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function orInto(target: Uint8Array, part: Uint8Array): void {
  for (let i = 0; i < part.length; i++) target[i]! |= part[i]!;
}

function writeChunks(target: Uint8Array, field: FieldEncoder, value: number): void {
  const { bits, signed, memo } = field.chunks!;
  if (!Number.isInteger(value)) throw new Error(`${field.name}: ${value} is not an integer`);
  // Out-of-range values go to encode whole, so its error names the field.
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  if (value < min || value > max) {
    orInto(target, encodeAlone(field, value));
    return;
  }
  let raw = value < 0 ? value + 2 ** bits : value;
  for (let k = 0; raw > 0; k++) {
    const chunk = raw % 256;
    raw = (raw - chunk) / 256;
    if (chunk === 0) continue;
    let part = memo[k]!.get(chunk);
    if (!part) {
      let worth = chunk * 256 ** k;
      if (signed && worth >= 2 ** (bits - 1)) worth -= 2 ** bits;
      part = encodeAlone(field, worth);
      memo[k]!.set(chunk, part);
    }
    orInto(target, part);
  }
}

/** The hex payload of `values` under `config`, identical to `encode(config, values)`. */
export function encodePayload(config: string, values: PayloadValues): string {
  const encoder = encoderFor(config);
  const bytes = new Uint8Array(encoder.size);
  for (const field of encoder.fields) {
    const value = values[field.name]!;
    if (field.chunks && typeof value === 'number') {
      writeChunks(bytes, field, value);
      continue;
    }
    let part = field.memo.get(value);
    if (!part) {
      part = encodeAlone(field, value);
      if (field.memo.size < MEMO_LIMIT) field.memo.set(value, part);
    }
    orInto(bytes, part);
  }
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += BYTE_HEX[bytes[i]!]!;
  return hex;
}

const HEX = '0123456789abcdef';

function asciiHex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += BYTE_HEX[text.charCodeAt(i) & 0x7f]!;
  return out;
}

/**
 * The hex payload of one message (0 to 12 bytes, domain-notes.md): Custom and
 * Geolocation through the grammar's encoder, String as ASCII, None as free bytes.
 */
export function payloadHex(model: DeviceModel, ctx: PayloadContext, seqNumber: number): string {
  if (model.values && model.payloadConfig) return encodePayload(model.payloadConfig, model.values(ctx));
  if (model.text) return asciiHex(model.text(ctx).slice(0, 12));
  // Free-form test firmware: a 16-bit counter then 0 to 6 random bytes.
  let out = BYTE_HEX[(seqNumber >> 8) & 0xff]! + BYTE_HEX[seqNumber & 0xff]!;
  const extra = ctx.rng.int(0, 6);
  for (let i = 0; i < extra * 2; i++) out += HEX[ctx.rng.int(0, 15)]!;
  return out;
}
