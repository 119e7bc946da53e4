import fc from 'fast-check';
import { parse } from '../parse.ts';
import type { DecodedValue, FieldSpec, ParsedConfig } from '../types.ts';

/** Any length 1..64, with the whole-byte lengths that have fast paths drawn often. */
const integerLength = fc.oneof(
  fc.constantFrom(8, 16, 24, 32, 48, 53, 54, 64),
  fc.integer({ min: 1, max: 64 }),
);

/** Parameters after the type name, in every accepted spelling, always valid. */
function typeText(): fc.Arbitrary<string> {
  const offset = fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined });
  const number = (lengths: fc.Arbitrary<number>, type: string) =>
    fc
      .tuple(lengths, offset, fc.constantFrom('', 'big-endian', 'little-endian'), fc.boolean())
      .map(([length, bit, endian, emptySlot]) => {
        // little-endian only for whole bytes starting on a byte boundary (domain-notes)
        const wantsLittle =
          endian === 'little-endian' && length % 8 === 0 && (bit === undefined || bit === 7);
        const endianText = endian === 'little-endian' && !wantsLittle ? 'big-endian' : endian;
        if (bit === undefined) return `${type}:${length}${endianText ? `:${endianText}` : ''}`;
        if (endianText) return `${type}:${length}:${endianText}:${bit}`;
        return emptySlot ? `${type}:${length}::${bit}` : `${type}:${length}:${bit}`;
      });
  return fc.oneof(
    fc.integer({ min: 0, max: 7 }).map((bit) => `bool:${bit}`),
    fc
      .tuple(fc.integer({ min: 1, max: 4 }), offset)
      .map(([bytes, bit]) => (bit === undefined ? `char:${bytes}` : `char:${bytes}:${bit}`)),
    number(fc.constantFrom(32, 64), 'float'),
    number(integerLength, 'uint'),
    number(integerLength, 'int'),
  );
}

const separator = fc.constantFrom(' ', '  ', '\n', ' \t ');

/** Valid config text: 1 to 6 fields with unique names, omitted or explicit byte indexes, mixed whitespace. */
export function configText(): fc.Arbitrary<string> {
  const field = fc.tuple(fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }), typeText());
  return fc
    .tuple(fc.array(fc.tuple(field, separator), { minLength: 1, maxLength: 6 }), separator)
    .map(([fields, lead]) =>
      fields
        .map(([[index, type], sep], i) => `${i === 0 ? lead : ''}f${i}:${index ?? ''}:${type}${sep}`)
        .join(''),
    );
}

/** A parsed valid config. */
export function parsedConfig(): fc.Arbitrary<ParsedConfig> {
  return configText().map((text) => {
    const result = parse(text);
    if (!result.ok)
      throw new Error(
        `generator produced an invalid config ${JSON.stringify(text)}: ${result.error.message}`,
      );
    return result.config;
  });
}

/** A byte as decoded char text, written independently of the decoder's table. */
function byteText(byte: number): string {
  if (byte === 0x5c) return '\\\\';
  return byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`;
}

/** Any value a field can hold, in the type decode returns for it. */
export function fieldValue(field: FieldSpec): fc.Arbitrary<DecodedValue> {
  const bits = BigInt(field.length);
  switch (field.type) {
    case 'bool':
      return fc.boolean();
    case 'char':
      return fc
        .uint8Array({ minLength: field.length, maxLength: field.length })
        .map((bytes) => Array.from(bytes, byteText).join(''));
    case 'float':
      return field.length === 32 ? fc.float() : fc.double();
    case 'uint':
    case 'int': {
      const [min, max] =
        field.type === 'uint' ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
      const integer = fc.oneof(fc.constantFrom(min, max, 0n), fc.bigInt({ min, max }));
      return field.length > 53 ? integer : integer.map(Number);
    }
  }
}

/** Values for every field of a config. */
export function configValues(config: ParsedConfig): fc.Arbitrary<Record<string, DecodedValue>> {
  return fc.record(Object.fromEntries(config.fields.map((field) => [field.name, fieldValue(field)])));
}
