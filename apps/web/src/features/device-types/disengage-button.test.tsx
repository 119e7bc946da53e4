import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

describe('disengage sequence number', () => {
  it('explains what it does, sends nothing on cancel, and disengages on confirm', async () => {
    const seen = installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
      [`GET /api/devicetypes/${oid(10)}/disengage`]: () => reply(),
    });
    renderApp(`/device-types/${oid(10)}/settings`);
    const user = userEvent.setup({ delay: null });
    const disengaged = () => seen.filter((r) => r.path.endsWith('/disengage'));

    await user.click(await screen.findByRole('button', { name: 'Disengage sequence number' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Disengage the sequence number check?' });
    expect(dialog).toHaveTextContent('next message of each device');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(disengaged()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Disengage sequence number' }));
    await user.click(await screen.findByRole('button', { name: 'Disengage' }));
    expect(await screen.findByText(/Sequence number check disengaged/)).toBeInTheDocument();
    expect(disengaged()).toHaveLength(1);
    expect(disengaged()[0]?.headers.get('x-csrf-token')).toBe('csrf-1');
  });
});
