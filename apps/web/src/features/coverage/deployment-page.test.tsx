import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeBff, reply, viewerSession } from '../../test/fake-bff.ts';
import { renderApp } from '../../test/render-app.tsx';

describe('deployment check form', () => {
  it('lists every bad line, keeps the input as typed and asks nothing', async () => {
    const seen = installFakeBff({ 'GET /auth/me': () => reply(viewerSession) });
    renderApp('/coverage/deployment?mode=OUTDOOR');
    const input = await screen.findByLabelText('Coordinates (CSV)');
    const text = 'lat,lng\n43.6,1.44\n43.6,181\n\nnorth,1';
    await userEvent.type(input, text.replaceAll('\n', '{Enter}'));
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    const problems = await screen.findByRole('alert');
    expect(problems).toHaveTextContent('Line 3: longitude must be between -180 and 180');
    expect(problems).toHaveTextContent('Line 5: latitude must be a decimal number');
    expect(input).toHaveValue(text);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Mode')).toHaveValue('OUTDOOR');
    expect(seen.filter((r) => r.path.startsWith('/bff/coverage'))).toHaveLength(0);
  });

  it('says when there is nothing to check', async () => {
    installFakeBff({ 'GET /auth/me': () => reply(viewerSession) });
    renderApp('/coverage/deployment');
    await userEvent.click(await screen.findByRole('button', { name: 'Check' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No coordinates to check');
  });
});
