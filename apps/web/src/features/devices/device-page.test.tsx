import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterMessage, meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

describe('device page', () => {
  it("shows the device's facts and its messages decoded with its device type's config", async () => {
    installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      'GET /api/devices/1A2B': () =>
        reply({ id: '1A2B', type: oid(10), last: 1_700_000_000, state: 1, averageSnr: 12.34 }),
      [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
      'GET /api/devices/1A2B/messages': () => reply({ data: [meterMessage] }),
    });
    renderApp('/devices/1A2B');
    expect(await screen.findByRole('heading', { name: 'Device 1A2B' })).toBeInTheDocument();
    expect(screen.getByText('KO (communication timeout)')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Water meter' })).toHaveAttribute(
      'href',
      `/device-types/${oid(10)}/settings`,
    );
    const messages = await screen.findByRole('table', { name: 'Device messages' });
    expect(await within(messages).findByText('litres=500 alarm=true')).toBeInTheDocument();
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
