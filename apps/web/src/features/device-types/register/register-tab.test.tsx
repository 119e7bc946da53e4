import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply, viewerSession } from '../../../test/fake-bff.ts';
import { meterType, oid } from '../../../test/fixtures.ts';
import { renderApp } from '../../../test/render-app.tsx';

const key = '0123456789abcdef01234567';

function setup(session: typeof editorSession | typeof viewerSession = editorSession) {
  let devices: { id: string; type: string; last: number; state: number }[] = [];
  const seen = installFakeBff({
    'GET /auth/me': () => reply(session),
    [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
    [`GET /api/devicetypes/${oid(10)}/devices`]: () => reply({ data: devices }),
    [`POST /api/devicetypes/${oid(10)}`]: (r) => {
      const body = r.body as { ids: { id: string }[] };
      devices = body.ids.map((d) => ({ id: d.id, type: oid(10), last: 0, state: 0 }));
      return reply();
    },
  });
  return { seen, ...renderApp(`/device-types/${oid(10)}/register`) };
}

describe('register devices', () => {
  it('registers devices pasted as CSV, summarised first, then shows them in the devices tab', async () => {
    const { seen, router } = setup();
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText('Name prefix'), 'meter-');
    fireEvent.input(screen.getByLabelText('Devices'), {
      target: { value: `id,pac\n00A1,${key}\n00A2;${key}` },
    });
    expect(
      screen.getByText(/Will register 2 devices in Water meter, named meter- \+ id/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Register devices' }));

    expect(await screen.findByRole('link', { name: '00A2' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/device-types/${oid(10)}/devices`);
    const post = seen.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      prefix: 'meter-',
      ids: [
        { id: '00A1', pk: key },
        { id: '00A2', pk: key },
      ],
    });
    expect(post?.headers.get('x-csrf-token')).toBe('csrf-1');
  });

  it('checks each line and sends nothing while one is wrong', async () => {
    const { seen } = setup();
    const user = userEvent.setup({ delay: null });
    fireEvent.input(await screen.findByLabelText('Devices'), { target: { value: `00A1,${key}\nZZ,${key}` } });
    const table = screen.getByRole('table', { name: 'Devices to register' });
    expect(within(table).getByText(/must be a device id/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Register devices' }));
    expect(await screen.findByText('1 line has a problem: fix it first')).toBeInTheDocument();
    expect(seen.some((r) => r.method === 'POST')).toBe(false);
  });

  it('is not offered to viewers', async () => {
    setup(viewerSession);
    expect(await screen.findByRole('tab', { name: 'Settings', selected: true })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Register devices' })).not.toBeInTheDocument();
  });
});
