import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from './decode.ts';
import { encode } from './encode.ts';
import { layout } from './layout.ts';
import { parsedConfig } from './testing/arbitraries.ts';

describe('layout', () => {
  it('lists the cells of a bool and of a field crossing a byte boundary', () => {
    expect(layout('f::bool:2 n::uint:4:1')).toEqual([
      { name: 'f', type: 'bool', length: 1, endianness: 'big', cells: [{ byte: 0, bit: 2, valueBit: 0 }] },
      {
        name: 'n',
        type: 'uint',
        length: 4,
        endianness: 'big',
        cells: [
          { byte: 0, bit: 1, valueBit: 3 },
          { byte: 0, bit: 0, valueBit: 2 },
          { byte: 1, bit: 7, valueBit: 1 },
          { byte: 1, bit: 6, valueBit: 0 },
        ],
      },
    ]);
  });

  it('gives the first byte of a little-endian field the lowest weights', () => {
    const [field] = layout('a:1:uint:16:little-endian');
    expect(field?.cells[0]).toEqual({ byte: 1, bit: 7, valueBit: 7 });
    expect(field?.cells[7]).toEqual({ byte: 1, bit: 0, valueBit: 0 });
    expect(field?.cells[8]).toEqual({ byte: 2, bit: 7, valueBit: 15 });
    expect(field?.cells).toHaveLength(16);
  });

  it('counts char lengths in bytes', () => {
    const [field] = layout('s::char:2');
    expect(field?.cells.map((cell) => cell.byte)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('agrees with the decoder: setting one cell sets that weight of the value', () => {
    const cases = parsedConfig()
      .filter((config) => config.fields.some((field) => field.type === 'uint' && field.length <= 53))
      .chain((config) => fc.tuple(fc.constant(config), fc.nat()));
    fc.assert(
      fc.property(cases, ([config, pick]) => {
        const fields = layout(config).filter((field) => field.type === 'uint' && field.length <= 53);
        const field = fields[pick % fields.length]!;
        const cell = field.cells[pick % field.cells.length]!;
        const size = Math.max(...layout(config).flatMap((f) => f.cells.map((c) => c.byte))) + 1;
        const bytes = new Uint8Array(size);
        bytes[cell.byte] = 1 << cell.bit;
        const hex = Buffer.from(bytes).toString('hex');
        expect(decode(config, hex).values[field.name]).toBe(2 ** cell.valueBit);
      }),
      { numRuns: 300 },
    );
  });

  it('covers exactly the bits encode writes', () => {
    const configs = parsedConfig().filter((config) => config.fields.every((field) => field.type !== 'float'));
    fc.assert(
      fc.property(configs, (config) => {
        const cells = layout(config).flatMap((field) =>
          field.cells.map((cell) => `${cell.byte}.${cell.bit}`),
        );
        const size = Math.max(...layout(config).flatMap((f) => f.cells.map((c) => c.byte))) + 1;
        // All ones decodes to values whose encoding sets exactly the covered bits.
        const hex = encode(config, decode(config, 'ff'.repeat(size)).values);
        const set: string[] = [];
        Buffer.from(hex, 'hex').forEach((byte, index) => {
          for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) set.push(`${index}.${bit}`);
        });
        expect(set.sort()).toEqual([...new Set(cells)].sort());
      }),
      { numRuns: 200 },
    );
  });
});
