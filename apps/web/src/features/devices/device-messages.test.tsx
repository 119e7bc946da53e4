import type { Message } from '@sfc/api';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterMessage, meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const newer: Message = { ...meterMessage, time: 1_700_000_600, seqNumber: 45, data: '000a00' };

/** The messages' own time range (the track above them has another). */
const messageRange = () => within(screen.getByRole('form', { name: 'Time range' }));

function routes(messages: Message[]) {
  return installFakeBff({
    'GET /auth/me': () => reply(editorSession),
    'GET /api/devices/1A2B': () => reply({ id: '1A2B', type: oid(10), last: 1_700_000_600, state: 0 }),
    [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
    'GET /api/devices/1A2B/messages': () => reply({ data: messages }),
  });
}

describe('device messages', () => {
  it('flags a sequence gap and decodes each message', async () => {
    routes([newer, meterMessage]);
    renderApp('/devices/1A2B');
    const table = await screen.findByRole('table', { name: 'Device messages' });
    expect(await within(table).findByText('gap: 2 missing')).toBeInTheDocument();
    expect(within(table).getByText('litres=500 alarm=true')).toBeInTheDocument();
    expect(screen.getByText(/^Last updated/)).toHaveTextContent('checked every 15 seconds');
  });

  it('opens a message: decoded fields, bit map, receptions with callback deliveries', async () => {
    routes([meterMessage]);
    renderApp('/devices/1A2B');
    const table = await screen.findByRole('table', { name: 'Device messages' });
    await within(table).findByText('litres=500 alarm=true');
    await userEvent.click(await within(table).findByRole('button', { name: /^Details of message 42/ }));
    const detail = await screen.findByRole('region', { name: /^Message 42/ });
    const decoded = within(detail).getByRole('table', { name: 'Decoded fields' });
    expect(within(decoded).getByRole('row', { name: 'litres 500' })).toBeInTheDocument();
    expect(within(decoded).getByRole('row', { name: 'alarm true' })).toBeInTheDocument();
    const bitMap = within(detail).getByRole('table', { name: 'Message bit map' });
    // 0x01f4: byte 0 is litres' high byte; bit 7 of byte 2 is the alarm bool.
    const byte2 = within(bitMap).getByRole('row', { name: /^2 / });
    expect(within(byte2).getAllByRole('cell')[0]).toHaveTextContent('1alarm');
    const receptions = within(detail).getByRole('table', { name: 'Receptions' });
    expect(within(receptions).getByText('003D')).toBeInTheDocument();
    expect(within(receptions).getByText('[GET] http://x')).toBeInTheDocument();
    await userEvent.click(within(detail).getByRole('button', { name: 'Close details' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: /^Message 42/ })).not.toBeInTheDocument(),
    );
  });

  it('asks for messages in seconds when filtered by time, and stops polling a closed window', async () => {
    const seen = routes([]);
    renderApp('/devices/1A2B?since=2023-11-14T00:00:00.000Z&before=2023-11-15T00:00:00.000Z');
    expect(await screen.findByText('No messages in this time range')).toBeInTheDocument();
    const request = seen.find((r) => r.path === '/api/devices/1A2B/messages');
    expect(request?.search.get('since')).toBe('1699920000');
    expect(request?.search.get('before')).toBe('1700006400');
    expect(screen.getByText(/^Last updated/)).not.toHaveTextContent('checked every');
    expect(messageRange().getByLabelText('Since')).not.toHaveValue('');
  });

  it('applies a time range typed by the user', async () => {
    const seen = routes([meterMessage]);
    renderApp('/devices/1A2B');
    await screen.findByRole('table', { name: 'Device messages' });
    await userEvent.type(messageRange().getByLabelText('Since'), '2023-11-14T10:00');
    await userEvent.click(messageRange().getByRole('button', { name: 'Apply time range' }));
    const since = Math.floor(new Date('2023-11-14T10:00').getTime() / 1000);
    await screen.findByRole('button', { name: 'Clear time range' });
    expect(seen.some((r) => r.search.get('since') === String(since))).toBe(true);
  });
});
