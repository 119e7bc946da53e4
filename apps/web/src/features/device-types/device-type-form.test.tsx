import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterMessage, meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

function setup(edit: (body: unknown) => ReturnType<typeof reply> = () => reply()) {
  let current = meterType;
  const seen = installFakeBff({
    'GET /auth/me': () => reply(editorSession),
    [`GET /api/devicetypes/${oid(10)}`]: () => reply(current),
    [`GET /api/devicetypes/${oid(10)}/messages`]: () => reply({ data: [meterMessage] }),
    'POST /api/devicetypes/edit': (r) => {
      const answer = edit(r.body);
      if ((answer?.status ?? 200) === 200) current = { ...current, ...(r.body as object) };
      return answer;
    },
  });
  const app = renderApp(`/device-types/${oid(10)}/settings`);
  return { seen, ...app };
}

describe('device type settings form', () => {
  it('opens from "Edit", saves with the CSRF header, and shows the change', async () => {
    const { seen, router } = setup();
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    expect(router.state.location.search).toBe('?edit=true');
    const keepAlive = await screen.findByLabelText('Keep alive');
    await user.clear(keepAlive);
    await user.type(keepAlive, '3600');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('1 h')).toBeInTheDocument();
    const post = seen.find((r) => r.path === '/api/devicetypes/edit');
    expect(post?.headers.get('x-csrf-token')).toBe('csrf-1');
    expect(post?.body).toMatchObject({
      id: oid(10),
      keepAlive: 3600,
      payloadType: 'Custom',
      payloadConfig: meterType.payloadConfig,
    });
    expect(await screen.findByText('Device type saved')).toBeInTheDocument();
  });

  it('refuses keepAlive 100 and a broken payload config field by field, sending nothing', async () => {
    const { seen } = setup();
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    const keepAlive = await screen.findByLabelText('Keep alive');
    await user.clear(keepAlive);
    await user.type(keepAlive, '100');
    const config = screen.getByLabelText('Payload config');
    await user.clear(config);
    await user.type(config, 'a::uin:8');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(/at least 1800/)).toBeInTheDocument();
    expect(screen.getByLabelText('Keep alive')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/column 4: unknown type/)).toBeInTheDocument();
    expect(seen.some((r) => r.path === '/api/devicetypes/edit')).toBe(false);
  });

  it('decodes a recent real message with the payload config as it is typed', async () => {
    setup();
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    const config = await screen.findByLabelText('Payload config');
    await user.clear(config);
    await user.type(config, 'first::uint:8');
    const preview = await screen.findByRole('region', { name: 'Decoded preview' });
    expect(preview).toHaveTextContent('first');
    expect(preview).toHaveTextContent('1');
  });

  it("puts the server's field errors on the form and keeps what was typed", async () => {
    setup(() =>
      reply(
        {
          message: 'Invalid body: name: already taken',
          errors: [{ field: 'name', message: 'name: already taken' }],
        },
        400,
      ),
    );
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Duplicate');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('name: already taken')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Duplicate');
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid body: name: already taken');
  });
});
