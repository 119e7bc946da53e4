import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Column } from './column.ts';
import { ExportCsvButton } from './export-csv-button.tsx';
import './data-table.css';

export interface DataTableProps<T> {
  /** The table's accessible name; also names the CSV file. */
  label: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** True when the server has another page (`paging.next`). */
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
}

const ROW_HEIGHT = 37;

/**
 * The one table: virtualised (only visible rows are in the DOM, so 10,000 rows stay
 * smooth), with "Load more" following the server's `paging.next`, and CSV export of
 * every row loaded so far.
 */
export function DataTable<T>({
  label,
  rows,
  columns,
  rowKey,
  hasMore,
  loadingMore,
  onLoadMore,
}: DataTableProps<T>) {
  const scrollRef = useRef<HTMLElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const exported = columns.filter((c) => c.csv !== undefined);
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="data-table">
      <div className="data-table__toolbar">
        <span className="muted">
          {rows.length} {rows.length === 1 ? 'row' : 'rows'}
          {hasMore ? ' loaded, more available' : ''}
        </span>
        <ExportCsvButton
          label={label}
          headers={exported.map((c) => c.header)}
          rows={() => rows.map((row) => exported.map((c) => c.csv?.(row)))}
          disabled={rows.length === 0}
        />
      </div>
      <section
        ref={scrollRef}
        className="data-table__scroll"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll area must be reachable to scroll it by keyboard
        tabIndex={0}
        aria-label={`${label}, scrollable`}
      >
        <table
          aria-label={label}
          aria-rowcount={rows.length + 1}
          style={{ minWidth: `${minWidthRem(columns)}rem` }}
        >
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <th key={c.id} scope="col" className={c.width ? `w-${c.width}` : undefined}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {top > 0 && <Spacer height={top} span={columns.length} />}
            {items.map((item) => {
              const row = rows[item.index]!;
              return (
                <tr key={rowKey(row)} aria-rowindex={item.index + 2}>
                  {columns.map((c) => (
                    <td key={c.id}>{c.cell(row)}</td>
                  ))}
                </tr>
              );
            })}
            {bottom > 0 && <Spacer height={bottom} span={columns.length} />}
          </tbody>
        </table>
      </section>
      {hasMore && onLoadMore && (
        <button
          type="button"
          className="button button--secondary"
          onClick={onLoadMore}
          disabled={loadingMore}
        >
          {loadingMore ? 'Loading more…' : 'Load more'}
        </button>
      )}
    </div>
  );
}

/** Stands in for the rows scrolled out of view, so the scrollbar keeps the full length. */
function Spacer({ height, span }: { height: number; span: number }) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it can take focus
    <tr className="data-table__spacer" aria-hidden="true">
      <td colSpan={span} style={{ height }} />
    </tr>
  );
}

/** Widths of the hint classes in data-table.css, in rem; a column without a hint gets at least 12. */
const HINT_REM = { xs: 6, s: 9, m: 12, l: 24 } as const;

/**
 * The table's least width: past it, the scroll box scrolls sideways rather than the
 * fixed layout squeezing a column without a width hint down to nothing.
 */
function minWidthRem(columns: readonly { width?: keyof typeof HINT_REM }[]): number {
  return columns.reduce((sum, c) => sum + (c.width ? HINT_REM[c.width] : 12), 0);
}
