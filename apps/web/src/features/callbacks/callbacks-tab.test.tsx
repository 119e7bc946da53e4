import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply, viewerSession } from '../../test/fake-bff.ts';
import { meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const base = `/api/devicetypes/${oid(10)}/callbacks`;
const common = { enabled: true, sendDuplicate: false, dead: false, downlinkHook: false };
const bidir = {
  ...common,
  id: oid(30),
  channel: 'URL',
  callbackType: 0,
  callbackSubtype: 3,
  urlPattern: 'https://bidir.example/{device}',
  httpMethod: 'GET',
};
const uplink = {
  ...common,
  id: oid(31),
  channel: 'URL',
  callbackType: 0,
  callbackSubtype: 2,
  urlPattern: 'https://up.example/',
  httpMethod: 'GET',
  dead: true,
};
const email = {
  ...common,
  id: oid(32),
  channel: 'EMAIL',
  callbackType: 2,
  recipient: 'ops@example.com',
  subject: 'Down',
  message: '{device}',
};

function setup(session: typeof editorSession | typeof viewerSession = editorSession) {
  let list = { data: [bidir, uplink], service: [], error: [email] };
  const seen = installFakeBff({
    'GET /auth/me': () => reply(session),
    [`GET /api/devicetypes/${oid(10)}`]: () => reply({ ...meterType, downlinkMode: 1 }),
    [`POST ${base}`]: () => reply(list),
    [`POST ${base}/${oid(30)}/enable`]: (r) => {
      list = { ...list, data: [{ ...bidir, enabled: r.search.get('enabled') === 'true' }, uplink] };
      return reply();
    },
    [`POST ${base}/${oid(30)}/downlink`]: () => {
      list = { ...list, data: [{ ...bidir, downlinkHook: true }, uplink] };
      return reply();
    },
    [`POST ${base}/${oid(31)}/delete`]: () => {
      list = { ...list, data: [bidir] };
      return reply();
    },
  });
  return { seen, ...renderApp(`/device-types/${oid(10)}/callbacks`) };
}

describe('callbacks tab', () => {
  it('groups callbacks by data, service and error, flagging failed deliveries', async () => {
    setup();
    const data = await screen.findByRole('table', { name: 'Data callbacks' });
    expect(within(data).getByText('https://bidir.example/{device}')).toBeInTheDocument();
    expect(within(data).getByText('Last delivery failed')).toBeInTheDocument();
    expect(screen.getByText('No service callbacks')).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Error callbacks' })).getByText('ops@example.com'),
    ).toBeInTheDocument();
  });

  it('toggles, selects the downlink callback where allowed, and deletes after confirmation', async () => {
    const { seen } = setup();
    const user = userEvent.setup({ delay: null });
    const data = await screen.findByRole('table', { name: 'Data callbacks' });
    const [bidirRow, uplinkRow] = within(data).getAllByRole('row').slice(1);
    if (!bidirRow || !uplinkRow) throw new Error('expected two rows');

    await user.click(within(bidirRow).getByRole('switch', { name: 'Enabled' }));
    await within(bidirRow).findByRole('switch', { name: 'Enabled', checked: false });
    expect(seen.find((r) => r.path.endsWith('/enable'))?.search.get('enabled')).toBe('false');

    // Only the BIDIR callback can answer with downlink data.
    expect(within(uplinkRow).queryByRole('button', { name: 'Select as downlink' })).not.toBeInTheDocument();
    await user.click(within(bidirRow).getByRole('button', { name: 'Select as downlink' }));
    expect(await within(data).findByText('Downlink')).toBeInTheDocument();

    await user.click(within(uplinkRow).getByRole('button', { name: 'Delete' }));
    await user.click(await screen.findByRole('button', { name: 'Delete callback' }));
    await screen.findByText('Callback deleted');
    expect(within(data).queryByText('https://up.example/')).not.toBeInTheDocument();
    expect(seen.filter((r) => r.method === 'POST' && r.path.endsWith('/delete'))).toHaveLength(1);
  });

  it("announces a refused change with the server's message and keeps the switch as it was", async () => {
    installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
      [`POST ${base}`]: () => reply({ data: [bidir], service: [], error: [] }),
      [`POST ${base}/${oid(30)}/enable`]: () => reply({ message: 'Your role cannot change callbacks' }, 403),
    });
    renderApp(`/device-types/${oid(10)}/callbacks`);
    const user = userEvent.setup({ delay: null });
    const data = await screen.findByRole('table', { name: 'Data callbacks' });
    await user.click(within(data).getByRole('switch', { name: 'Enabled' }));
    const toast = await screen.findByRole('alertdialog', { name: 'The change was not saved' });
    expect(toast).toHaveTextContent('Your role cannot change callbacks');
    expect(within(data).getByRole('switch', { name: 'Enabled' })).toBeChecked();
  });

  it('shows viewers the callbacks without any editing control', async () => {
    setup(viewerSession);
    const data = await screen.findByRole('table', { name: 'Data callbacks' });
    expect(within(data).queryByRole('switch')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create callback' })).not.toBeInTheDocument();
  });
});
