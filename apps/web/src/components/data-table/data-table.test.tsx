import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Column } from './column.ts';
import { DataTable } from './data-table.tsx';

interface Row {
  id: string;
  n: number;
}

const columns: Column<Row>[] = [
  { id: 'id', header: 'Id', cell: (r) => <strong>{r.id}</strong>, csv: (r) => r.id },
  { id: 'n', header: 'Number', cell: (r) => r.n, csv: (r) => r.n },
];
const rows = Array.from({ length: 10_000 }, (_, i) => ({ id: `D${i}`, n: i }));

describe('DataTable', () => {
  it('renders only the visible slice of 10,000 rows, with the full row count announced', () => {
    render(<DataTable label="Devices" rows={rows} columns={columns} rowKey={(r) => r.id} />);
    const table = screen.getByRole('table', { name: 'Devices' });
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rendered = within(table).getAllByRole('row');
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(100);
    expect(within(table).getByRole('cell', { name: 'D0' })).toBeInTheDocument();
  });

  it('keeps every column readable: the table is at least as wide as its columns need', () => {
    const wide: Column<Row>[] = [
      { id: 'id', header: 'Id', cell: (r) => r.id, width: 'm' },
      { id: 'n', header: 'Number', cell: (r) => r.n, width: 'xs' },
      { id: 'free', header: 'Free text', cell: (r) => r.id },
    ];
    render(<DataTable label="Wide" rows={rows.slice(0, 2)} columns={wide} rowKey={(r) => r.id} />);
    // 12 (m) + 6 (xs) + 12 (a column without a hint): sideways scrolling rather than a squeezed column.
    expect(screen.getByRole('table', { name: 'Wide' }).style.minWidth).toBe('30rem');
  });

  it('offers "Load more" only while the server has more, and calls back', async () => {
    const onLoadMore = vi.fn();
    const { rerender } = render(
      <DataTable
        label="Devices"
        rows={rows.slice(0, 3)}
        columns={columns}
        rowKey={(r) => r.id}
        hasMore
        onLoadMore={onLoadMore}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalledOnce();
    rerender(<DataTable label="Devices" rows={rows.slice(0, 3)} columns={columns} rowKey={(r) => r.id} />);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('exports every loaded row as CSV, named after the table', async () => {
    const saved: Blob[] = [];
    // jsdom has no object URLs; record the file instead of saving it.
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) saved.push(blob);
      return 'blob:csv';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('device-types.csv');
    });
    render(<DataTable label="Device types" rows={rows.slice(0, 2)} columns={columns} rowKey={(r) => r.id} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(click).toHaveBeenCalledOnce();
    expect(await saved[0]?.text()).toBe('Id,Number\r\nD0,0\r\nD1,1');
  });
});
