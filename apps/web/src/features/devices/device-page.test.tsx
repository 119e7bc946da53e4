import type { Message } from '@sfc/api';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, type Handler, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterMessage, meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const device = {
  id: '1A2B',
  type: oid(10),
  last: 1_700_000_000,
  state: 1,
  averageSnr: 12.34,
  averageRssi: -120.5,
  pac: '0123456789ABCDEF',
  tokenType: 'CONTRACT',
  tokenEnd: 1_800_000_000_000,
};

function deviceRoutes(messages: Message[], extra: Record<string, Handler> = {}) {
  return installFakeBff({
    'GET /auth/me': () => reply(editorSession),
    'GET /api/devices/1A2B': () => reply(device),
    [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
    'GET /api/devices/1A2B/messages': () => reply({ data: messages }),
    'GET /api/devices/1A2B/token-state': () =>
      reply({ code: 0, detailMessage: 'Ok', tokenType: 'CONTRACT', tokenEnd: 1_800_000_000_000 }),
    'GET /api/devices/1A2B/networkstate': () => reply({ networkStatus: 'NOK' }),
    'GET /api/devices/1A2B/messages/metric': () => reply({ lastDay: 3, lastWeek: 21, lastMonth: 90 }),
    'GET /api/devices/1A2B/status/error': () =>
      reply({
        data: [
          {
            deviceId: '1A2B',
            time: 1_700_000_000_000,
            message: 'Communication lost',
            severity: 'ERROR',
            deviceTypeId: oid(10),
          },
        ],
      }),
    'GET /api/devices/1A2B/status/warn': () => reply({ data: [] }),
    ...extra,
  });
}

describe('device page', () => {
  it("shows the device's facts, token and network state, metrics and events", async () => {
    deviceRoutes([meterMessage]);
    renderApp('/devices/1A2B');
    expect(await screen.findByRole('heading', { name: 'Device 1A2B' })).toBeInTheDocument();
    expect(screen.getByText('KO (communication timeout)')).toBeInTheDocument();
    expect(screen.getByText('-120.5 dBm')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Water meter' })).toHaveAttribute(
      'href',
      `/device-types/${oid(10)}/settings`,
    );
    const token = screen.getByRole('region', { name: 'Token state' });
    expect(await within(token).findByText('Ok')).toBeInTheDocument();
    const network = screen.getByRole('region', { name: 'Network state' });
    expect(await within(network).findByText('Not OK (NOK)')).toBeInTheDocument();
    const metrics = screen.getByRole('region', { name: 'Message metrics' });
    expect(await within(metrics).findByText('21')).toBeInTheDocument();
    const errors = await screen.findByRole('table', { name: 'Error events' });
    expect(within(errors).getByText('Communication lost')).toBeInTheDocument();
    expect(await screen.findByText('No warning events')).toBeInTheDocument();
  });

  it('keeps the PAC hidden until asked', async () => {
    deviceRoutes([]);
    renderApp('/devices/1A2B');
    await screen.findByRole('heading', { name: 'Device 1A2B' });
    expect(screen.queryByText('0123456789ABCDEF')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show PAC' }));
    expect(screen.getByText('0123456789ABCDEF')).toBeInTheDocument();
  });

  it('says so when the device does not exist', async () => {
    installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      'GET /api/devices/FFFF': () => reply({ message: 'Device FFFF not found' }, 404),
    });
    renderApp('/devices/FFFF');
    expect(await screen.findByRole('alert')).toHaveTextContent('Device FFFF not found');
  });
});
