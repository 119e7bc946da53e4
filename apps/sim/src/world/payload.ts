import { type DecodedValue, type ParsedConfig, encode, parse } from '@sfc/payload';
import type { DeviceModel, PayloadContext, PayloadValues } from './models.ts';

/**
 * Custom payloads are produced by @sfc/payload's `encode`, field by field: the
 * configs here have no overlapping fields, so a payload is the OR of each field
 * encoded alone (the other bits 0, as `encode` leaves them). Encoding a field
 * alone lets small fields (at most 16 bits: flags, levels, temperatures) be
 * memoised per value, which is what makes history fast enough for the bench;
 * wider fields (counters, coordinates) are encoded every time.
 */
interface FieldEncoder {
  name: string;
  alone: ParsedConfig;
  cache?: Map<DecodedValue, Uint8Array>;
}

interface ConfigEncoder {
  size: number;
  fields: FieldEncoder[];
}

const MEMO_MAX_BITS = 16;
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
  const parsed = parsedConfig(config);
  let size = 0;
  const fields = parsed.fields.map((field): FieldEncoder => {
    const bits = field.type === 'char' ? field.length * 8 : field.length;
    size = Math.max(size, Math.ceil((field.byteIndex * 8 + 7 - field.bitOffset + bits) / 8));
    const alone = { source: config, fields: [field] };
    return bits <= MEMO_MAX_BITS
      ? { name: field.name, alone, cache: new Map() }
      : { name: field.name, alone };
  });
  hit = { size, fields };
  encoders.set(config, hit);
  return hit;
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** The hex payload of `values` under `config`, identical to `encode(config, values)`. */
export function encodePayload(config: string, values: PayloadValues): string {
  const encoder = encoderFor(config);
  const bytes = new Uint8Array(encoder.size);
  for (const field of encoder.fields) {
    const value = values[field.name]!;
    let part = field.cache?.get(value);
    if (!part) {
      part = hexToBytes(encode(field.alone, { [field.name]: value }));
      field.cache?.set(value, part);
    }
    for (let i = 0; i < part.length; i++) bytes[i]! |= part[i]!;
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
