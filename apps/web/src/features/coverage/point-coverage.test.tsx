import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeBff, reply } from '../../test/fake-bff.ts';
import { PointCoverage } from './point-coverage.tsx';

function renderPoint() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={qc}>
      <PointCoverage point={{ lat: 43.6, lng: 1.44 }} />
    </QueryClientProvider>,
  );
}

describe('PointCoverage', () => {
  it('asks once per mode and explains each answer', async () => {
    const answers = { OUTDOOR: 3, INDOOR: 1, UNDERGROUND: 0 } as const;
    const seen = installFakeBff({
      'GET /api/coverages/redundancy': (r) =>
        reply({ redundancy: answers[r.search.get('mode') as keyof typeof answers] }),
    });
    renderPoint();
    const table = screen.getByRole('table', { name: 'Coverage at 43.60000, 1.44000' });
    const row = (mode: string) => within(table).getByRole('row', { name: new RegExp(`^${mode}`) });
    expect(await within(row('OUTDOOR')).findByText('3 or more stations')).toBeInTheDocument();
    expect(row('OUTDOOR')).toHaveTextContent('no penetration loss');
    expect(row('OUTDOOR')).toHaveTextContent('Three or more base stations hear a device here');
    expect(await within(row('INDOOR')).findByText('1 station')).toBeInTheDocument();
    expect(row('INDOOR')).toHaveTextContent('about 20 dB');
    expect(row('INDOOR')).toHaveTextContent('no redundancy');
    expect(await within(row('UNDERGROUND')).findByText('No coverage')).toBeInTheDocument();
    expect(row('UNDERGROUND')).toHaveTextContent('about 30 dB');
    expect(seen.map((r) => [r.search.get('lat'), r.search.get('lng'), r.search.get('mode')])).toEqual([
      ['43.6', '1.44', 'OUTDOOR'],
      ['43.6', '1.44', 'INDOOR'],
      ['43.6', '1.44', 'UNDERGROUND'],
    ]);
  });

  it("shows a failed mode with the server's message, and checks it again", async () => {
    let fail = true;
    installFakeBff({
      'GET /api/coverages/redundancy': () =>
        fail ? reply({ message: 'Upstream timed out' }, 502) : reply({ redundancy: 2 }),
    });
    renderPoint();
    expect(await screen.findAllByText('Upstream timed out')).toHaveLength(3);
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findAllByText('2 stations')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Check again' })).not.toBeInTheDocument();
  });
});
