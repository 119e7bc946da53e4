import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterMessage, meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const tracker = { id: oid(11), name: 'Tracker', group: oid(2) };
const device = (id: string, state: number) => ({ id, type: oid(10), last: 1_700_000_000, state });

describe('overview', () => {
  it('counts device types, devices by state and messages of the last day, following pages', async () => {
    const seen = installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      'GET /api/devicetypes': () => reply({ data: [meterType, tracker] }),
      [`GET /api/devicetypes/${oid(10)}/devices`]: (r) =>
        r.search.get('cursor')
          ? reply({ data: [device('0003', 1)] })
          : reply({
              data: [device('0001', 0), device('0002', 0)],
              paging: { next: `/api/devicetypes/${oid(10)}/devices?cursor=n` },
            }),
      [`GET /api/devicetypes/${oid(11)}/devices`]: () => reply({ data: [device('0004', 4)] }),
      [`GET /api/devicetypes/${oid(10)}/messages`]: () => reply({ data: [meterMessage, meterMessage] }),
      [`GET /api/devicetypes/${oid(11)}/messages`]: () => reply({ data: [meterMessage] }),
      'GET /api/callbacks/messages/error': () => reply({ data: [] }),
      'GET /api/devicetypes/*': () => reply({ data: [] }),
    });
    renderApp('/');
    expect(await screen.findByRole('link', { name: '4 Devices' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2 Device types' })).toHaveAttribute(
      'href',
      '/device-types?includeSubGroups=true',
    );
    expect(screen.getByRole('link', { name: '3 Messages in the last day' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2 Devices OK' })).toBeInTheDocument();

    const byState = screen.getByRole('table', { name: 'Devices by state' });
    const meterRow = within(byState).getByRole('link', { name: 'Water meter' }).closest('tr') as HTMLElement;
    expect(
      within(meterRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Water meter', '3', '2', '1', '0', '0', '0', '2']);
    // Messages of the last day: `since` in seconds, about a day before now.
    const since = Number(seen.find((r) => r.path.endsWith('/messages'))?.search.get('since'));
    expect(Math.abs(Date.now() / 1000 - 86_400 - since)).toBeLessThan(600);
  });

  it('lists the latest callback failures and events, most recent first, linking onward', async () => {
    installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      'GET /api/devicetypes': () => reply({ data: [meterType, tracker] }),
      'GET /api/callbacks/messages/error': () =>
        reply({
          data: [
            {
              device: '00A1',
              deviceType: oid(10),
              time: 1381766225,
              data: 'ab',
              status: 600,
              message: 'Connection refused',
              callback: { url: 'http://host/single' },
            },
          ],
        }),
      [`GET /api/devicetypes/${oid(10)}/status/error`]: () =>
        reply({
          data: [
            { deviceId: '0235', time: 1000, message: 'Old outage', severity: 'ERROR', deviceTypeId: oid(10) },
          ],
        }),
      [`GET /api/devicetypes/${oid(11)}/status/warn`]: () =>
        reply({
          data: [
            {
              deviceIds: ['0001'],
              time: 2000,
              message: 'Network issues',
              severity: 'WARN',
              deviceTypeId: oid(11),
            },
          ],
        }),
      'GET /api/devicetypes/*': () => reply({ data: [] }),
    });
    renderApp('/');
    const failures = await screen.findByRole('table', { name: 'Latest callback failures' });
    expect(within(failures).getByText('Connection refused')).toBeInTheDocument();
    expect(within(failures).getByRole('link', { name: '00A1' })).toHaveAttribute('href', '/devices/00A1');
    expect(within(failures).getByRole('link', { name: 'Water meter' })).toHaveAttribute(
      'href',
      `/device-types/${oid(10)}/callbacks`,
    );

    const events = await screen.findByRole('table', { name: 'Latest events' });
    const rows = within(events).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[4]?.textContent)).toEqual([
      'Network issues',
      'Old outage',
    ]);
    expect(within(events).getByRole('link', { name: 'Tracker' })).toHaveAttribute(
      'href',
      `/device-types/${oid(11)}/events`,
    );
  });
});
