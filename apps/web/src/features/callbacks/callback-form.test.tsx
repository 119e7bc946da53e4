import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterMessage, meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

const base = `/api/devicetypes/${oid(10)}/callbacks`;

function setup(create: () => ReturnType<typeof reply> = () => reply([oid(40)])) {
  const seen = installFakeBff({
    'GET /auth/me': () => reply(editorSession),
    [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
    [`GET /api/devicetypes/${oid(10)}/messages`]: () => reply({ data: [meterMessage] }),
    [`POST ${base}`]: () => reply({ data: [], service: [], error: [] }),
    [`POST ${base}/new`]: create,
  });
  const app = renderApp(`/device-types/${oid(10)}/callbacks?create=true`);
  return { seen, ...app, created: () => seen.filter((r) => r.path === `${base}/new`) };
}

// Typing braces with user-event needs escaping; setting the value directly keeps templates readable.
function fill(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('callback create form', () => {
  it('creates a URL callback with two headers and a JSON body, previewed with a real message', async () => {
    const { created, router } = setup();
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('form', { name: 'Create callback' });
    fill('URL', 'https://hooks.example/{device}?t={time}');
    await user.selectOptions(screen.getByLabelText('HTTP method'), 'POST');
    await user.click(screen.getByRole('button', { name: 'Add header' }));
    await user.click(screen.getByRole('button', { name: 'Add header' }));
    fill('Header 1 name', 'Authorization');
    fill('Header 1 value', 'Bearer abc');
    fill('Header 2 name', 'X-Device');
    fill('Header 2 value', '{device}');
    await user.selectOptions(screen.getByLabelText('Content type'), 'application/json');
    fill('Custom variables (payload config)', 'litres::uint:16');
    fill('Body', '{"id": "{device}", "litres": {customData#litres}}');

    const preview = screen.getByRole('region', { name: 'Preview' });
    // From the latest real message: device 1A2B at 1700000000, data 01f480 → litres 500.
    expect(within(preview).getByText('POST https://hooks.example/1A2B?t=1700000000')).toBeInTheDocument();
    expect(within(preview).getByText('{"id": "1A2B", "litres": 500}')).toBeInTheDocument();
    expect(within(preview).getAllByText('1A2B').length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Create callback' }));
    await screen.findByText('Callback created');
    expect(router.state.location.search).toBe('');
    expect(created()[0]?.headers.get('x-csrf-token')).toBe('csrf-1');
    expect(created()[0]?.body).toEqual([
      {
        channel: 'URL',
        callbackType: 0,
        callbackSubtype: 2,
        enabled: true,
        sendDuplicate: false,
        payloadConfig: 'litres::uint:16',
        url: 'https://hooks.example/{device}?t={time}',
        httpMethod: 'POST',
        sendSni: false,
        headers: { Authorization: 'Bearer abc', 'X-Device': '{device}' },
        bodyTemplate: '{"id": "{device}", "litres": {customData#litres}}',
        contentType: 'application/json',
      },
    ]);
  });

  it('refuses unknown variables, variables in header names and invalid JSON bodies before sending', async () => {
    const { created } = setup();
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('form', { name: 'Create callback' });
    fill('URL', 'https://hooks.example/{nope}');
    await user.selectOptions(screen.getByLabelText('HTTP method'), 'POST');
    await user.click(screen.getByRole('button', { name: 'Add header' }));
    fill('Header 1 name', 'X-{device}');
    fill('Header 1 value', 'v');
    await user.selectOptions(screen.getByLabelText('Content type'), 'application/json');
    fill('Body', '{"id": {device}}');
    await user.click(screen.getByRole('button', { name: 'Create callback' }));

    expect(await screen.findByText(/unknown variable \{nope\}/)).toBeInTheDocument();
    expect(screen.getByLabelText('Header 1 name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/not valid JSON/)).toBeInTheDocument();
    expect(created()).toHaveLength(0);
  });

  it('offers only the subtypes of the chosen type, and none for ERROR', async () => {
    setup();
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('form', { name: 'Create callback' });
    const subtype = () => screen.queryByLabelText('Subtype');
    expect(
      within(subtype() as HTMLElement)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['UPLINK', 'BIDIR']);
    await user.selectOptions(screen.getByLabelText('Type'), 'SERVICE');
    expect(
      within(subtype() as HTMLElement)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['STATUS', 'ACKNOWLEDGE', 'REPEATER']);
    await user.selectOptions(screen.getByLabelText('Type'), 'ERROR');
    expect(subtype()).toBeNull();
    expect(screen.queryByLabelText('Custom variables (payload config)')).toBeNull();
  });

  it('creates BATCH_URL and EMAIL callbacks with their own fields', async () => {
    const { created } = setup();
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('form', { name: 'Create callback' });
    await user.selectOptions(screen.getByLabelText('Channel'), 'BATCH_URL (messages grouped)');
    fill('URL', 'https://batch.example/in');
    fill('Line pattern', '{device};{data};');
    expect(
      within(screen.getByRole('region', { name: 'Preview' })).getByText('1A2B;01f480;'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create callback' }));
    await screen.findByText('Callback created');
    expect(created()[0]?.body).toMatchObject([
      { channel: 'BATCH_URL', url: 'https://batch.example/in', linePattern: '{device};{data};' },
    ]);

    await user.click(await screen.findByRole('link', { name: 'Create callback' }));
    await user.selectOptions(await screen.findByLabelText('Channel'), 'EMAIL');
    await user.selectOptions(screen.getByLabelText('Type'), 'ERROR');
    fill('Recipient', 'ops@example.com');
    fill('Subject', 'Device {device} down');
    fill('Message', '{info}');
    await user.click(screen.getByRole('button', { name: 'Create callback' }));
    await screen.findAllByText('Callback created');
    expect(created()[1]?.body).toEqual([
      {
        channel: 'EMAIL',
        callbackType: 2,
        enabled: true,
        sendDuplicate: false,
        recipient: 'ops@example.com',
        subject: 'Device {device} down',
        message: '{info}',
      },
    ]);
  });

  it("puts the server's field errors on the form and keeps the input", async () => {
    setup(() =>
      reply(
        {
          message: 'Invalid body: 0.url: host not allowed',
          errors: [{ field: '0.url', message: '0.url: host not allowed' }],
        },
        400,
      ),
    );
    const user = userEvent.setup({ delay: null });
    await screen.findByRole('form', { name: 'Create callback' });
    fill('URL', 'https://internal.example/');
    await user.click(screen.getByRole('button', { name: 'Create callback' }));
    expect(await screen.findByText('0.url: host not allowed')).toBeInTheDocument();
    expect(screen.getByLabelText('URL')).toHaveValue('https://internal.example/');
  });
});
