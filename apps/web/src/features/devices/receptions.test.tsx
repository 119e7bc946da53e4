import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Receptions } from './receptions.tsx';

describe('Receptions', () => {
  it('shows each station with its SNR and, where the backend sends it, its RSSI', () => {
    render(
      <Receptions
        rinfos={[
          { tap: '003D', snr: '12.5', rssi: '-121.5' },
          { tap: '0040', snr: '8.00' },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Receptions' });
    expect(within(table).getByRole('columnheader', { name: 'RSSI (dBm)' })).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['003D', '12.5', '-121.5', '—', 'none'],
      ['0040', '8.00', '—', '—', 'none'],
    ]);
  });

  it('has no RSSI column when no station reports one', () => {
    render(<Receptions rinfos={[{ tap: '003D', snr: '12.5' }]} />);
    expect(screen.queryByRole('columnheader', { name: 'RSSI (dBm)' })).not.toBeInTheDocument();
  });
});
