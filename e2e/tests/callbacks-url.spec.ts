import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { deviceTypeTab, fact, openDeviceType } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('an editor creates a URL callback with two headers and a JSON body, previews, toggles, selects and deletes it', async ({
  editorPage: page,
  sim,
  receiver,
}) => {
  await openDeviceType(page, 'Sigfox test device');
  const deviceTypeId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await deviceTypeTab(page, 'Callbacks').click();
  await expect(page.getByRole('heading', { name: 'Data callbacks', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Service callbacks', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Error callbacks', level: 2 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-type-callbacks');

  await page.getByRole('link', { name: 'Create callback' }).click();
  const form = page.getByRole('form', { name: 'Create callback' });
  await form.getByLabel('Type', { exact: true }).selectOption({ label: 'DATA' });
  // Only the subtypes of DATA are offered.
  await expect(form.getByLabel('Subtype').getByRole('option')).toHaveText(['UPLINK', 'BIDIR']);
  await form.getByLabel('Subtype').selectOption({ label: 'BIDIR' });
  await form.getByLabel('Channel').selectOption('URL');
  const url = `${receiver.url}/sigfox?device={device}&data={data}`;
  await form.getByLabel('URL', { exact: true }).fill(url);
  await form.getByLabel('HTTP method').selectOption('POST');
  await form.getByRole('button', { name: 'Add header' }).click();
  await form.getByRole('button', { name: 'Add header' }).click();
  await form.getByLabel('Header 1 name').fill('Authorization');
  await form.getByLabel('Header 1 value').fill('Bearer e2e-token');
  await form.getByLabel('Header 2 name').fill('X-Device-{device}');
  await form.getByLabel('Header 2 value').fill('{device}');
  await form.getByLabel('Content type').selectOption('application/json');
  await form.getByLabel('Custom variables (payload config)').fill('first::uint:8');
  const body = form.getByLabel('Body');
  await body.fill('{"device": "{device}", "first": {customData#first}, "seq": {seqNumber}');

  // Refused before sending: a variable in a header name, a body that is not JSON, an unknown variable.
  await form.getByRole('button', { name: 'Create callback' }).click();
  await expect(form.getByLabel('Header 2 name')).toHaveAttribute('aria-invalid', 'true');
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await expect(body).toHaveAccessibleDescription(/JSON/);
  await form.getByLabel('Header 2 name').fill('X-Device');
  await body.fill('{"device": "{device}", "first": {customData#first}, "seq": {seqNumber}, "x": "{nope}"}');
  await form.getByRole('button', { name: 'Create callback' }).click();
  await expect(body).toHaveAccessibleDescription(/nope/);
  await body.fill('{"device": "{device}", "first": {customData#first}, "seq": {seqNumber}}');
  await expect(body).toHaveAttribute('aria-invalid', 'false');
  await expect(form.getByLabel('Header 2 name')).toHaveAttribute('aria-invalid', 'false');

  // The preview renders a real recent message of this device type.
  const preview = page.getByRole('region', { name: 'Preview' });
  const source = preview.getByText(/Rendered with message/);
  await expect(source).toBeVisible();
  const [, data = '', device = ''] =
    /message (\S+) of device (\S+),/.exec((await source.textContent()) ?? '') ?? [];
  expect(device).toMatch(/^[0-9A-F]+$/);
  await expect(preview).toContainText(`POST ${receiver.url}/sigfox?device=${device}&data=${data}`);
  await expect(fact(preview, 'Authorization')).toHaveText('Bearer e2e-token');
  await expect(fact(preview, 'X-Device')).toHaveText(device);
  const first = Number.parseInt(data.slice(0, 2), 16);
  await expect(preview.getByText(/^\{"device"/)).toHaveText(
    new RegExp(`^\\{"device": "${device}", "first": ${first}, "seq": \\d+\\}$`),
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'callback-create-url');

  await form.getByRole('button', { name: 'Create callback' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Callback created' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Data callbacks' });
  const row = table.getByRole('row').filter({ hasText: `${receiver.url}/sigfox` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('DATA / BIDIR');
  const enabled = row.getByRole('switch', { name: 'Enabled' });
  await expect(enabled).toBeChecked();

  // Delivered for real when a device of the type sends.
  const deviceId = await sim.firstDevice(deviceTypeId);
  await sim.emitMessage(deviceId, 'a1b2');
  expect(receiver.requests).toHaveLength(1);
  const [delivery] = receiver.requests;
  expect(delivery?.url).toBe(`/sigfox?device=${deviceId}&data=a1b2`);
  expect(delivery?.headers.authorization).toBe('Bearer e2e-token');
  expect(delivery?.headers['x-device']).toBe(deviceId);
  expect(JSON.parse(delivery?.body ?? '')).toMatchObject({ device: deviceId, first: 0xa1 });

  // Disabled: the next message is not delivered, and the switch stays off after a reload.
  await row.getByText('Enabled').click();
  await expect(enabled).not.toBeChecked();
  await expect(enabled).toBeEnabled();
  await sim.emitMessage(deviceId, 'a1b3');
  expect(receiver.requests).toHaveLength(1);
  await page.reload();
  await expect(enabled).not.toBeChecked();

  // A BIDIR URL callback can answer downlinks: select it, and the page says which one is selected.
  await row.getByRole('button', { name: 'Select as downlink' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Downlink callback selected' })).toBeVisible();
  await expect(row.getByText('Downlink', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Select as downlink' })).toHaveCount(0);
  await expect(page.getByText(/^Downlink callback:/)).toContainText(`${receiver.url}/sigfox`);

  await row.getByRole('button', { name: 'Delete' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete this callback?' });
  await expect(dialog).toContainText(`${receiver.url}/sigfox`);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'callback-delete-confirm');
  await dialog.getByRole('button', { name: 'Delete callback' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Callback deleted' })).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Data callbacks', level: 2 })).toBeVisible();
  await expect(page.getByText(`${receiver.url}/sigfox`)).toHaveCount(0);
});
