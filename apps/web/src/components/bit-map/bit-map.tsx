import type { FieldLayout } from '@sfc/payload';
import { bitCells } from './bit-cells.ts';
import './bit-map.css';

interface BitMapProps {
  /** From `layout(config)` of @sfc/payload. */
  fields: readonly FieldLayout[];
  hex: string;
  label?: string;
}

/** Eight distinct colours, cycled; a field is named in every cell too, so colour is never the only cue. */
const tone = (index: number) => `bit-map__tone-${index % 8}`;

/** Which bits of a payload each field of a payload config reads (packages/payload's `layout`). */
export function BitMap({ fields, hex, label = 'Bit map' }: BitMapProps) {
  const rows = bitCells(fields, hex);
  return (
    <div className="bit-map">
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Byte</th>
            {[7, 6, 5, 4, 3, 2, 1, 0].map((bit) => (
              <th key={bit} scope="col">
                Bit {bit}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, byte) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a byte's index is its identity
            <tr key={byte}>
              <th scope="row">{byte}</th>
              {cells.map((cell) => {
                const names = cell.fields.map((i) => fields[i]?.name ?? '').join(', ');
                const first = cell.fields[0];
                return (
                  <td
                    key={cell.bit}
                    className={first === undefined ? 'bit-map__unused' : tone(first)}
                    title={names === '' ? 'not read' : names}
                  >
                    <span className="bit-map__value">{cell.value ?? '·'}</span>
                    <span className="bit-map__field">{names === '' ? '—' : names}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="bit-map__legend" aria-label={`${label} legend`}>
        {fields.map((f, index) => (
          <li key={f.name} className={tone(index)}>
            {f.name}: {f.type}:{f.length}
            {f.endianness === 'little' ? ' little-endian' : ''}, {f.cells.length} bits
          </li>
        ))}
      </ul>
    </div>
  );
}
