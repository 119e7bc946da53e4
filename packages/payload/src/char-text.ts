/**
 * How a char byte is shown (domain-notes: "char:N is N bytes of text (ASCII; show other bytes as
 * escapes)"). Printable ASCII stands for itself, except the backslash, written `\\` so that every
 * decoded string maps back to exactly one byte sequence; every other byte is `\xhh` (lowercase).
 */
export const CHAR_TEXT: readonly string[] = Array.from({ length: 256 }, (_, byte) => {
  if (byte === 0x5c) return '\\\\';
  if (byte >= 0x20 && byte <= 0x7e) return String.fromCharCode(byte);
  return `\\x${byte.toString(16).padStart(2, '0')}`;
});

/**
 * The inverse of {@link CHAR_TEXT}: a decoded char string back to bytes. Returns an error message
 * for text that is not printable ASCII, `\\` or `\xhh` escapes.
 */
export function charTextToBytes(text: string): number[] | string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === '\\') {
        bytes.push(0x5c);
        i += 1;
        continue;
      }
      const hex = text.slice(i + 2, i + 4);
      if (next !== 'x' || !/^[0-9a-fA-F]{2}$/.test(hex)) {
        return `bad escape at character ${i + 1}: use \\\\ for a backslash or \\xhh for a byte`;
      }
      bytes.push(Number.parseInt(hex, 16));
      i += 3;
      continue;
    }
    if (code < 0x20 || code > 0x7e) {
      return `character ${i + 1} (${JSON.stringify(text[i])}) is not printable ASCII; write it as \\xhh`;
    }
    bytes.push(code);
  }
  return bytes;
}
