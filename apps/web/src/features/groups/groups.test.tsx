import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { renderApp } from '../../test/render-app.tsx';

const id = (n: number) => n.toString(16).padStart(24, '0');
const root = { id: id(1), name: 'Acme', path: [] };
const france = { id: id(2), name: 'France', path: [id(1)] };
const lyon = { id: id(3), name: 'Lyon', path: [id(1), id(2)] };

describe('groups', () => {
  it('shows the tree built from paths, following paging.next for more', async () => {
    const seen = installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      'GET /api/groups': (r) =>
        r.search.get('cursor') === 'p2'
          ? reply({ data: [lyon] })
          : reply({ data: [root, france], paging: { next: '/api/groups?limit=2&cursor=p2' } }),
    });
    renderApp('/groups');
    const tree = await screen.findByRole('navigation', { name: 'Group tree' });
    expect(within(tree).getByRole('link', { name: 'France' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more groups' }));
    const lyonLink = await within(tree).findByRole('link', { name: 'Lyon' });
    // Lyon hangs under France, which hangs under Acme: three nested lists.
    expect(lyonLink.closest('ul')?.parentElement?.closest('ul')?.parentElement?.closest('ul')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Load more groups' })).not.toBeInTheDocument();
    expect(seen.filter((r) => r.path === '/api/groups').map((r) => r.search.get('cursor'))).toEqual([
      null,
      'p2',
    ]);
  });

  it('opens a group to load its sub-groups, keeping what is open in the URL', async () => {
    installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      'GET /api/groups': (r) =>
        r.search.get('parentId') === france.id
          ? reply({ data: [{ id: id(7), name: 'Paris', path: [] }] })
          : reply({ data: [france] }),
    });
    const { router } = renderApp('/groups');
    const toggle = await screen.findByRole('button', { name: 'Sub-groups of France' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(await screen.findByRole('link', { name: 'Paris' })).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(router.state.location.search).toBe(`?open=${france.id}`);
  });

  it("shows a group's details, sub-groups, device types and users with roles", async () => {
    installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      [`GET /api/groups/${id(2)}`]: () => reply({ ...france, description: 'French fleet', billable: true }),
      [`GET /api/groups/${id(1)}`]: () => reply(root),
      'GET /api/groups': () => reply({ data: [lyon] }),
      'GET /api/devicetypes': () =>
        reply({
          data: [
            { id: id(10), name: 'Meter', group: id(2), keepAlive: 7200 },
            { id: id(11), name: 'Elsewhere', group: id(3) },
          ],
        }),
      'GET /api/users': () =>
        reply({
          data: [
            {
              firstName: 'Ada',
              lastName: 'L',
              email: 'ada@example.com',
              userRoles: [{ group: france, customRole: { id: id(20), name: 'ADMIN' } }],
            },
          ],
        }),
    });
    renderApp(`/groups/${id(2)}`);
    expect(await screen.findByRole('heading', { name: 'France' })).toBeInTheDocument();
    expect(screen.getByText('French fleet')).toBeInTheDocument();
    // Ancestors are named in the breadcrumb.
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(await within(crumbs).findByRole('link', { name: 'Acme' })).toHaveAttribute(
      'href',
      `/groups/${id(1)}`,
    );
    const subGroups = await screen.findByRole('table', { name: 'Sub-groups' });
    expect(within(subGroups).getByRole('link', { name: 'Lyon' })).toBeInTheDocument();
    const types = await screen.findByRole('table', { name: 'Device types of the group' });
    expect(within(types).getByRole('link', { name: 'Meter' })).toBeInTheDocument();
    expect(within(types).queryByText('Elsewhere')).not.toBeInTheDocument();
    const users = await screen.findByRole('table', { name: 'Users' });
    expect(within(users).getByText('ADMIN (France)')).toBeInTheDocument();
  });

  it("shows the server's message with a retry when the list fails", async () => {
    let fail = true;
    installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      'GET /api/groups': () =>
        fail ? reply({ message: 'Upstream unavailable' }, 502) : reply({ data: [root] }),
    });
    renderApp('/groups');
    expect(await screen.findByRole('alert')).toHaveTextContent('Upstream unavailable');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'Acme' })).toBeInTheDocument();
  });
});
