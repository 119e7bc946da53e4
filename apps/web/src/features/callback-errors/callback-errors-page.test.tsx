import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const failure = {
  device: '1A2B',
  deviceType: oid(10),
  time: 1_700_000_000,
  data: '01f480',
  snr: 12.5,
  status: 503,
  message: 'Service Unavailable',
  callback: {
    url: 'https://example.test/hook',
    method: 'POST',
    headers: { 'x-key': 'abc' },
    body: '{"d":"1A2B"}',
    contentType: 'application/json',
  },
  parameters: { device: '1A2B', seqNumber: 42 },
};

function routes() {
  return installFakeBff({
    'GET /auth/me': () => reply(editorSession),
    'GET /api/callbacks/messages/error': () => reply({ data: [failure] }),
    'GET /api/devicetypes': () => reply({ data: [meterType] }),
    'GET /api/groups': () => reply({ data: [{ id: oid(2), name: 'Fleet', path: [] }] }),
  });
}

describe('callback errors', () => {
  it('lists failures and opens one in full, with links to the device and its callbacks', async () => {
    routes();
    renderApp('/callback-errors');
    const table = await screen.findByRole('table', { name: 'Callback errors' });
    await userEvent.click(within(table).getByRole('button', { name: /^Details of the failure for 1A2B/ }));
    const detail = await screen.findByRole('region', { name: /^Failure for device 1A2B/ });
    expect(within(detail).getByText('https://example.test/hook')).toBeInTheDocument();
    expect(within(detail).getByText('{"d":"1A2B"}')).toBeInTheDocument();
    expect(
      within(within(detail).getByRole('table', { name: 'Headers' })).getByRole('row', { name: 'x-key abc' }),
    ).toBeInTheDocument();
    expect(
      within(within(detail).getByRole('table', { name: 'Parameters' })).getByRole('row', {
        name: 'seqNumber 42',
      }),
    ).toBeInTheDocument();
    expect(within(detail).getByRole('link', { name: 'Open device 1A2B' })).toHaveAttribute(
      'href',
      '/devices/1A2B',
    );
    expect(within(detail).getByRole('link', { name: "Open the device type's callbacks" })).toHaveAttribute(
      'href',
      `/device-types/${oid(10)}/callbacks`,
    );
  });

  it('sends the filters with since and before in milliseconds', async () => {
    const seen = routes();
    renderApp('/callback-errors');
    await screen.findByRole('table', { name: 'Callback errors' });
    await userEvent.type(await screen.findByLabelText('Device id'), '1a2b');
    await userEvent.type(screen.getByLabelText('Since'), '2023-11-14T10:00');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    const since = new Date('2023-11-14T10:00').getTime();
    await screen.findByDisplayValue('1A2B');
    const last = seen.filter((r) => r.path === '/api/callbacks/messages/error').at(-1);
    expect(last?.search.get('hexId')).toBe('1A2B');
    expect(last?.search.get('since')).toBe(String(since));
  });
});
