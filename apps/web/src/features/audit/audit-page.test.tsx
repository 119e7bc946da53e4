import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply, viewerSession } from '../../test/fake-bff.ts';
import { renderApp } from '../../test/render-app.tsx';

const entry = (user: string, endpoint: string, status: number, time: string) => ({
  time,
  user,
  role: 'editor',
  endpoint,
  method: 'POST',
  path: `/api/${endpoint}`,
  params: {},
  query: {},
  body: { name: `${endpoint} by ${user}` },
  status,
});

describe('audit log', () => {
  it('lists mutations, follows paging.next, and filters by user and outcome', async () => {
    const seen = installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      'GET /bff/audit': (r) =>
        r.search.get('cursor') === null
          ? reply({
              data: [entry('ada', 'editDeviceType', 200, '2026-11-25T10:00:00.000Z')],
              paging: { next: '/bff/audit?limit=200&cursor=1' },
            })
          : reply({
              data: [
                entry('bob', 'createCallbacks', 502, '2026-11-24T10:00:00.000Z'),
                // A mutation without a body: the BFF leaves the key out.
                {
                  ...entry('ada', 'disengageSequenceNumber', 200, '2026-11-23T10:00:00.000Z'),
                  body: undefined,
                },
              ],
            }),
    });
    renderApp('/');
    await userEvent.click(await screen.findByRole('link', { name: 'Audit' }));
    const table = await screen.findByRole('table', { name: 'Audit log' });
    expect(within(table).getByText('editDeviceType')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await within(table).findByText('createCallbacks')).toBeInTheDocument();
    expect(within(table).getByText('disengageSequenceNumber')).toBeInTheDocument();
    expect(seen.some((r) => r.path === '/bff/audit' && r.search.get('cursor') === '1')).toBe(true);
    await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'failed');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await screen.findByDisplayValue('Failed');
    expect(
      within(screen.getByRole('table', { name: 'Audit log' })).getByText('createCallbacks'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Audit log' })).queryByText('editDeviceType'),
    ).not.toBeInTheDocument();
  });

  it('is not offered to viewers, and says so at its URL', async () => {
    const seen = installFakeBff({ 'GET /auth/me': () => reply(viewerSession) });
    renderApp('/audit');
    expect(await screen.findByText('Only editors can read the audit log')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Audit' })).not.toBeInTheDocument();
    expect(seen.some((r) => r.path === '/bff/audit')).toBe(false);
  });
});
