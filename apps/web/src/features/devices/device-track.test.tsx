import type { Location } from '@sfc/api';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { editorSession, type Handler, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterMessage, meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';
import { pointLabel, type TrackPoint } from './track-points.ts';

// jsdom cannot lay out Leaflet: the map stands in as a list of what it would draw, in order.
vi.mock('./track-map.tsx', () => ({
  default: ({ points, onSelect }: { points: TrackPoint[]; onSelect: (p: TrackPoint) => void }) => (
    <ol aria-label="Drawn points">
      {points.map((p) => (
        <li key={p.key}>
          <button type="button" onClick={() => onSelect(p)}>
            {pointLabel(p)}
          </button>
        </li>
      ))}
    </ol>
  ),
}));

const older = { time: 1_699_990_000_000, valid: true, lat: 45.7, lng: 4.8, radius: 0 };
const newer = { time: 1_700_000_000_000, valid: true, lat: 45.76, lng: 4.84, radius: 360 };
const missing = { time: 1_699_995_000_000, valid: false };

function routes(locations: Location[] | Handler) {
  return installFakeBff({
    'GET /auth/me': () => reply(editorSession),
    'GET /api/devices/1A2B': () => reply({ id: '1A2B', type: oid(10), last: 1_700_000_000, state: 0 }),
    [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
    'GET /api/devices/1A2B/locations':
      typeof locations === 'function' ? locations : () => reply({ data: locations }),
    // The messages list's window holds nothing: an opened message is found by its second.
    'GET /api/devices/1A2B/messages': (r) =>
      reply({ data: r.search.get('since') === String(meterMessage.time) ? [meterMessage] : [] }),
  });
}

describe('device track', () => {
  it('draws valid points oldest first, lists every estimation, and links each to its message', async () => {
    routes([newer, missing, older]);
    renderApp('/devices/1A2B');
    const drawn = await screen.findByRole('list', { name: 'Drawn points' });
    expect(
      within(drawn)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([pointLabel({ ...older, key: '' }), pointLabel({ ...newer, key: '' })]);
    const table = screen.getByRole('table', { name: 'Locations' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('No estimate');
    expect(rows[0]).toHaveTextContent('±360 m');
    expect(within(rows[0] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/devices/1A2B?message=1700000000',
    );
  });

  it('opens the message of a clicked point, though the messages list does not hold it', async () => {
    routes([newer, older]);
    renderApp('/devices/1A2B');
    const drawn = await screen.findByRole('list', { name: 'Drawn points' });
    await userEvent.click(within(drawn).getByRole('button', { name: pointLabel({ ...newer, key: '' }) }));
    expect(await screen.findByRole('region', { name: /^Message 42/ })).toBeInTheDocument();
  });

  it('asks for its own window in seconds and says when it is empty', async () => {
    const seen = routes([]);
    renderApp('/devices/1A2B?trackSince=2023-11-14T00:00:00.000Z&since=2023-11-01T00:00:00.000Z');
    expect(await screen.findByText('No locations in this range')).toBeInTheDocument();
    const request = seen.find((r) => r.path === '/api/devices/1A2B/locations');
    expect(request?.search.get('since')).toBe('1699920000');
    expect(screen.queryByRole('list', { name: 'Drawn points' })).not.toBeInTheDocument();
  });

  it('shows the server error with a retry', async () => {
    routes(() => reply({ message: 'Upstream down' }, 502));
    renderApp('/devices/1A2B');
    const section = (await screen.findByRole('heading', { name: 'Locations' })).closest('section');
    expect(await within(section as HTMLElement).findByRole('alert')).toHaveTextContent('Upstream down');
  });
});
