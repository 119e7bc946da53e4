import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { renderApp } from '../../test/render-app.tsx';

describe('payload tool', () => {
  it('decodes the config and hex of the URL, with the bit map, and keeps edits in the URL', async () => {
    installFakeBff({ 'GET /auth/me': () => reply(editorSession) });
    const { router } = renderApp(
      `/payload?${new URLSearchParams({ config: 'litres::uint:16 alarm::bool:7', hex: '01f480' })}`,
    );
    const decoded = await screen.findByRole('table', { name: 'Decoded values' });
    expect(within(decoded).getByRole('row', { name: 'litres 500' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Bit map' })).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Payload (hex)'), { target: { value: '000a00' } });
    expect(await screen.findByRole('row', { name: 'litres 10' })).toBeInTheDocument();
    expect(router.state.location.search).toContain('hex=000a00');
  });

  it('shows a broken config error at its column', async () => {
    installFakeBff({ 'GET /auth/me': () => reply(editorSession) });
    renderApp(`/payload?${new URLSearchParams({ config: 'a::uint:8 b::nope:8', hex: '00' })}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Config error at column 14');
    expect(screen.queryByRole('table', { name: 'Decoded values' })).not.toBeInTheDocument();
  });

  it('warns about a field past the payload end', async () => {
    installFakeBff({ 'GET /auth/me': () => reply(editorSession) });
    renderApp(`/payload?${new URLSearchParams({ config: 'a::uint:8 b::uint:16', hex: '0102' })}`);
    const warnings = await screen.findByRole('list', { name: 'Warnings' });
    expect(within(warnings).getByText(/b/)).toBeInTheDocument();
  });
});
