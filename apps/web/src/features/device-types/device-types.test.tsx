import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply, viewerSession } from '../../test/fake-bff.ts';
import { meterMessage, meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const other = { id: oid(11), name: 'Tracker', group: oid(3), payloadType: 'None' as const };

describe('device types list', () => {
  it('lists device types and keeps the include-sub-groups switch in the URL', async () => {
    const seen = installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      'GET /api/devicetypes': (r) =>
        reply({ data: r.search.get('includeSubGroups') === 'true' ? [meterType, other] : [meterType] }),
    });
    const { router } = renderApp('/device-types');
    const table = await screen.findByRole('table', { name: 'Device types' });
    expect(within(table).getByRole('link', { name: 'Water meter' })).toHaveAttribute(
      'href',
      `/device-types/${oid(10)}/settings`,
    );
    expect(within(table).queryByText('Tracker')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: 'Include sub-groups' }));
    expect(await screen.findByRole('link', { name: 'Tracker' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?includeSubGroups=true');
    expect(
      seen
        .filter((r) => r.path === '/api/devicetypes')
        .at(-1)
        ?.search.get('includeSubGroups'),
    ).toBe('true');
  });
});

describe('device type page', () => {
  it('opens on the settings tab and switches tabs through the URL', async () => {
    installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
      [`GET /api/devicetypes/${oid(10)}/messages`]: () => reply({ data: [meterMessage] }),
    });
    const { router } = renderApp(`/device-types/${oid(10)}`);
    expect(await screen.findByRole('heading', { name: 'Water meter' })).toBeInTheDocument();
    expect(await screen.findByRole('tab', { name: 'Settings', selected: true })).toBeInTheDocument();
    expect(screen.getByText('litres::uint:16 alarm::bool:7')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: 'Messages' }));
    const table = await screen.findByRole('table', { name: 'Messages' });
    expect(router.state.location.pathname).toBe(`/device-types/${oid(10)}/messages`);
    // Decoded with the device type's payload config: 0x01f4 = 500 litres, alarm bit set.
    expect(within(table).getByText('litres=500 alarm=true')).toBeInTheDocument();
  });

  it('hides editing controls and the register tab from viewers', async () => {
    installFakeBff({
      'GET /auth/me': () => reply(viewerSession),
      [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
    });
    renderApp(`/device-types/${oid(10)}/settings`);
    expect(await screen.findByRole('heading', { name: 'Water meter' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Disengage sequence number' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Register devices' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Callbacks' })).toBeInTheDocument();
  });

  it('filters devices by SNR band through the URL and follows paging.next', async () => {
    const device = (id: string) => ({ id, type: oid(10), last: 1_700_000_000, state: 0 });
    const seen = installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
      [`GET /api/devicetypes/${oid(10)}/devices`]: (r) =>
        r.search.get('cursor')
          ? reply({ data: [device('0003')] })
          : reply({
              data: [device(r.search.get('snr') ? '0002' : '0001')],
              paging: { next: `/api/devicetypes/${oid(10)}/devices?cursor=abc` },
            }),
    });
    const { router } = renderApp(`/device-types/${oid(10)}/devices`);
    expect(await screen.findByRole('link', { name: '0001' })).toHaveAttribute('href', '/devices/0001');

    await userEvent.selectOptions(screen.getByLabelText('SNR filter'), '10 to 13 dB');
    expect(await screen.findByRole('link', { name: '0002' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?snr=2');

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('link', { name: '0003' })).toBeInTheDocument();
    expect(seen.at(-1)?.search.get('cursor')).toBe('abc');
  });

  it('lists error and warning events with times in milliseconds', async () => {
    installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
      [`GET /api/devicetypes/${oid(10)}/status/error`]: () =>
        reply({
          data: [
            {
              deviceId: '0235',
              time: 1381410600026,
              message: 'No message received',
              severity: 'ERROR',
              deviceTypeId: oid(10),
            },
          ],
        }),
      [`GET /api/devicetypes/${oid(10)}/status/warn`]: () => reply({ data: [] }),
    });
    renderApp(`/device-types/${oid(10)}/events`);
    const errors = await screen.findByRole('table', { name: 'Error events' });
    expect(within(errors).getByText('No message received')).toBeInTheDocument();
    expect(within(errors).getByRole('link', { name: '0235' })).toBeInTheDocument();
    expect(
      within(errors).getByText((_, el) => el?.getAttribute('datetime') === '2013-10-10T13:10:00.026Z'),
    ).toBeInTheDocument();
    expect(screen.getByText('No warning events')).toBeInTheDocument();
  });
});
