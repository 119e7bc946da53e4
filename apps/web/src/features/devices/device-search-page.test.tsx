import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

function routes() {
  installFakeBff({
    'GET /auth/me': () => reply(editorSession),
    'GET /api/devices/1A2B': () => reply({ id: '1A2B', type: oid(10), last: 1_700_000_000, state: 0 }),
    'GET /api/devices/BEEF': () => reply({ message: 'Device BEEF not found' }, 404),
    [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
  });
}

describe('devices search', () => {
  it('finds a device by id, in any case, and links to it and its device type', async () => {
    routes();
    renderApp('/devices');
    await userEvent.click(await screen.findByRole('link', { name: 'Devices' }));
    await userEvent.type(screen.getByLabelText('Device id'), '1a2b');
    await userEvent.click(screen.getByRole('button', { name: 'Find device' }));
    expect(await screen.findByRole('link', { name: '1A2B' })).toHaveAttribute('href', '/devices/1A2B');
    expect(await screen.findByRole('link', { name: 'Water meter' })).toBeInTheDocument();
  });

  it('says when no device has that id, and refuses what is not an id', async () => {
    routes();
    renderApp('/devices?id=beef');
    expect(await screen.findByText('No device BEEF in the device types you can see')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Device id'));
    await userEvent.type(screen.getByLabelText('Device id'), 'xyz');
    await userEvent.click(screen.getByRole('button', { name: 'Find device' }));
    expect(await screen.findByText(/1 to 8 hexadecimal digits/)).toBeInTheDocument();
    expect(screen.getByLabelText('Device id')).toHaveAttribute('aria-invalid', 'true');
  });
});
