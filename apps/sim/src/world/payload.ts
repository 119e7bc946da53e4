import { encode, parse, type ParsedConfig } from '@sfc/payload';
import type { DeviceModel, PayloadContext } from './models.ts';

const parsed = new Map<string, ParsedConfig>();

/** Parses a payload config once: the encoder then skips the grammar on every message. */
export function parsedConfig(config: string): ParsedConfig {
  let hit = parsed.get(config);
  if (!hit) {
    const result = parse(config);
    if (!result.ok) throw new Error(`invalid payload config "${config}": ${result.error.message}`);
    hit = result.config;
    parsed.set(config, hit);
  }
  return hit;
}

const HEX = '0123456789abcdef';

function asciiHex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) & 0x7f;
    out += HEX[c >> 4]! + HEX[c & 15]!;
  }
  return out;
}

/**
 * The hex payload of one message (0 to 12 bytes, domain-notes.md). Custom and
 * Geolocation payloads go through @sfc/payload's encoder, so they decode with the
 * same grammar the console uses.
 */
export function payloadHex(model: DeviceModel, ctx: PayloadContext, seqNumber: number): string {
  if (model.values && model.payloadConfig)
    return encode(parsedConfig(model.payloadConfig), model.values(ctx));
  if (model.text) return asciiHex(model.text(ctx).slice(0, 12));
  // Free-form test firmware: a 16-bit counter then 0 to 6 random bytes.
  let out =
    HEX[(seqNumber >> 12) & 15]! +
    HEX[(seqNumber >> 8) & 15]! +
    HEX[(seqNumber >> 4) & 15]! +
    HEX[seqNumber & 15]!;
  const extra = ctx.rng.int(0, 6);
  for (let i = 0; i < extra * 2; i++) out += HEX[ctx.rng.int(0, 15)]!;
  return out;
}
