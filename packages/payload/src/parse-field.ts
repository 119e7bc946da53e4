import { isWhitespace, type Scanner, type Token } from './scanner.ts';
import type { Endianness, FieldType } from './types.ts';

/** One field as written, before the omitted-index rules place it. */
export interface WrittenField {
  name: Token;
  byteIndex: number | undefined;
  type: FieldType;
  /** Bits for numbers and bool, bytes for char. */
  length: number;
  endianness: Endianness;
  /** The bool bit, or the explicit first bit of other types. */
  bitOffset: number | undefined;
}

const TYPES: readonly string[] = ['bool', 'char', 'float', 'uint', 'int'];
// The grammar's production allows '#' and '_', its prose '-' and '_': accept all three.
const NAME_CHAR = /^[A-Za-z0-9_#-]$/;
/**
 * Byte indexes and char lengths above this are refused: a Sigfox uplink has 12 bytes, and the bound
 * keeps the encoder's buffer proportional to the config text.
 */
export const MAX_BYTE_NUMBER = 255;

/**
 * Reads `name:byteIndex:type:params` at the scanner position (reference "Custom message type decoding
 * grammar"; parameter order per domain-notes: length, then optional endianness, then optional offset).
 */
export function parseField(s: Scanner): WrittenField {
  const name = readName(s);
  s.colon("':' after the field name");
  const byteIndex = readByteIndex(s);
  s.colon("':' after the byte index");
  const typeToken = s.segment();
  if (typeToken.text === '') s.fail(typeToken.start, 'a type (bool, char, float, uint or int)');
  if (!TYPES.includes(typeToken.text)) {
    s.failToken(typeToken, 'a type (bool, char, float, uint or int)', 'unknown type');
  }
  const type = typeToken.text as FieldType;
  s.colon(type === 'bool' ? "':' and a bit number (0 to 7)" : "':' and a length");
  const params: Token[] = [s.segment()];
  while (s.peek() === ':') {
    s.pos++;
    params.push(s.segment());
  }
  const field = readParams(s, type, params);
  if (!s.atEnd && !isWhitespace(s.peek())) s.fail(s.pos, 'whitespace or end of input after a field');
  return { name, byteIndex, type, ...field };
}

function readName(s: Scanner): Token {
  const start = s.pos;
  while (!s.atEnd && NAME_CHAR.test(s.peek()!)) s.pos++;
  if (s.pos === start) s.fail(start, "a field name (letters, digits, '_', '-' or '#')");
  return { text: s.text.slice(start, s.pos), start };
}

function readByteIndex(s: Scanner): number | undefined {
  if (s.peek() === ':') return undefined;
  const token = s.segment();
  return readNumber(s, token, 0, MAX_BYTE_NUMBER, `a byte index (0 to ${MAX_BYTE_NUMBER}) or ':'`);
}

type Params = Pick<WrittenField, 'length' | 'endianness' | 'bitOffset'>;

function readParams(s: Scanner, type: FieldType, params: Token[]): Params {
  const [first, second, third, extra] = params as [Token, Token | undefined, Token | undefined, Token?];
  if (type === 'bool') {
    const bit = readNumber(s, first, 0, 7, 'a bit number (0 to 7)');
    if (second) s.fail(second.start - 1, 'whitespace or end of input after the bit number');
    return { length: 1, endianness: 'big', bitOffset: bit };
  }
  const length = readLength(s, type, first);
  // `uint:4:3` puts the offset second; `uint:4::3` and `uint:16:little-endian:7` use three slots.
  let endianToken: Token | undefined;
  let offsetToken: Token | undefined;
  if (third) {
    endianToken = second;
    offsetToken = third;
  } else if (second && /^[a-z]/i.test(second.text)) {
    endianToken = second;
  } else {
    offsetToken = second;
  }
  const endianness = readEndianness(s, type, endianToken);
  const bitOffset = offsetToken && readNumber(s, offsetToken, 0, 7, 'a bit offset (0 to 7)');
  if (extra) s.fail(extra.start - 1, 'whitespace or end of input after the bit offset');
  if (endianness === 'little') checkLittleEndian(s, type, length, endianToken!, offsetToken, bitOffset);
  return { length, endianness, bitOffset };
}

function readLength(s: Scanner, type: FieldType, token: Token): number {
  if (type === 'char')
    return readNumber(s, token, 1, MAX_BYTE_NUMBER, `a length in bytes (1 to ${MAX_BYTE_NUMBER})`);
  if (type === 'float') {
    const bits = readNumber(s, token, 0, Number.MAX_SAFE_INTEGER, 'a float length of 32 or 64');
    if (bits !== 32 && bits !== 64)
      s.failToken(token, 'a float length of 32 or 64', 'unsupported float length');
    return bits;
  }
  return readNumber(s, token, 1, 64, 'a length in bits (1 to 64)');
}

function readEndianness(s: Scanner, type: FieldType, token: Token | undefined): WrittenField['endianness'] {
  if (token === undefined || token.text === '') return 'big';
  if (type === 'char') s.failToken(token, 'a bit offset (0 to 7)', 'char takes no endianness');
  if (token.text === 'big-endian') return 'big';
  if (token.text === 'little-endian') return 'little';
  return s.failToken(token, 'little-endian, big-endian or a bit offset (0 to 7)', 'unknown endianness');
}

/** domain-notes: little-endian only reverses whole bytes of a byte-aligned field. */
function checkLittleEndian(
  s: Scanner,
  type: FieldType,
  length: number,
  endianToken: Token,
  offsetToken: Token | undefined,
  bitOffset: number | undefined,
): void {
  if (length % 8 !== 0) {
    s.failToken(
      endianToken,
      'big-endian',
      `little-endian needs a whole number of bytes, ${type}:${length} is not`,
    );
  }
  if (offsetToken && bitOffset !== 7) {
    s.failToken(offsetToken, 'bit offset 7', 'a little-endian field must start on a byte boundary');
  }
}

/** Reads a decimal token; a non-digit is reported where it stands, a bad value on the whole token. */
function readNumber(s: Scanner, token: Token, min: number, max: number, expected: string): number {
  const bad = /[^0-9]/.exec(token.text);
  if (token.text === '') s.fail(token.start, expected);
  if (bad) {
    if (bad.index === 0) s.failToken(token, expected);
    s.fail(token.start + bad.index, `a digit, ':' or whitespace`);
  }
  const value = Number(token.text);
  if (value < min || value > max) s.failToken(token, expected, 'out of range');
  return value;
}
