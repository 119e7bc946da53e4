import type { FieldLayout } from '@sfc/payload';

export interface BitCell {
  byte: number;
  bit: number;
  /** 0 or 1; undefined past the payload's end. */
  value: number | undefined;
  /** Indexes in the layout of the fields reading this bit (fields may share bits). */
  fields: number[];
}

/** Every bit of the payload, or of the config's reach when longer, with the fields that read it. */
export function bitCells(fields: readonly FieldLayout[], hex: string): BitCell[][] {
  const byteCount = Math.max(
    Math.floor(hex.length / 2),
    ...fields.flatMap((f) => f.cells.map((c) => c.byte + 1)),
  );
  const rows: BitCell[][] = [];
  for (let byte = 0; byte < byteCount; byte++) {
    const text = hex.slice(byte * 2, byte * 2 + 2);
    const value = text.length === 2 ? Number.parseInt(text, 16) : undefined;
    rows.push(
      [7, 6, 5, 4, 3, 2, 1, 0].map((bit) => ({
        byte,
        bit,
        value: value === undefined || Number.isNaN(value) ? undefined : (value >> bit) & 1,
        fields: [],
      })),
    );
  }
  fields.forEach((field, index) => {
    for (const cell of field.cells) rows[cell.byte]?.[7 - cell.bit]?.fields.push(index);
  });
  return rows;
}
