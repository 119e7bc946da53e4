import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const group = { id: oid(2), name: 'Lyon Warehouse', nameCI: 'lyon warehouse', path: [], billable: true };

describe('GroupLink', () => {
  it("names a device type's group, in the breadcrumb and the settings, linking to it", async () => {
    installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
      [`GET /api/groups/${oid(2)}`]: () => reply(group),
    });
    renderApp(`/device-types/${oid(10)}/settings`);
    const crumbs = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(await within(crumbs).findByRole('link', { name: 'Lyon Warehouse' })).toHaveAttribute(
      'href',
      `/groups/${oid(2)}`,
    );
    expect(await screen.findAllByRole('link', { name: 'Lyon Warehouse' })).toHaveLength(2);
  });

  it('falls back to the id when the group cannot be read', async () => {
    installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
      [`GET /api/groups/${oid(2)}`]: () => reply({ message: 'Forbidden' }, 403),
    });
    renderApp(`/device-types/${oid(10)}/settings`);
    const crumbs = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: oid(2) })).toHaveAttribute('href', `/groups/${oid(2)}`);
  });
});
