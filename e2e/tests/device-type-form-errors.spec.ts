import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { fact, openDeviceType } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

const config =
  'index::uint:32:little-endian flow::uint:16:little-endian leak::bool:7 backflow::bool:6 tamper::bool:5';

test('the edit form refuses keepAlive 100 and a broken payload config, field by field, and sends nothing', async ({
  editorPage: page,
}) => {
  await openDeviceType(page, 'Water meter WM-4');
  await page.getByRole('link', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Edit device type' });
  const edits: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/api/devicetypes/edit')) edits.push(r.url());
  });

  // A valid config decodes a real recent message as the user types.
  const payloadConfig = form.getByLabel('Payload config');
  await expect(payloadConfig).toHaveValue(config);
  const preview = form.getByRole('region', { name: 'Decoded preview' });
  await expect(preview).toContainText('index');
  await expect(preview).toContainText('tamper');

  const keepAlive = form.getByLabel('Keep alive');
  await keepAlive.fill('100');
  await keepAlive.blur();
  await expect(keepAlive).toHaveAccessibleDescription(/must be 0 \(inactive\) or at least 1800 seconds/);
  await expect(keepAlive).toHaveAttribute('aria-invalid', 'true');

  await payloadConfig.fill('index::uint:32:little-endian flow::uint:');
  await payloadConfig.blur();
  await expect(payloadConfig).toHaveAccessibleDescription(/column 41/);
  await expect(payloadConfig).toHaveAttribute('aria-invalid', 'true');
  // The preview turns into a caret under the place where the config breaks.
  await expect(preview).toBeHidden();
  await expect(form.getByText(/\^$/)).toBeVisible();

  await form.getByRole('button', { name: 'Save' }).click();
  await expect(keepAlive).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-type-edit-errors');
  expect(edits, 'an invalid form must not be sent').toEqual([]);
  // What the user typed is kept.
  await expect(keepAlive).toHaveValue('100');
  await expect(payloadConfig).toHaveValue('index::uint:32:little-endian flow::uint:');

  // Fixed, the messages go away; cancelled, nothing changed.
  await keepAlive.fill('1800');
  await expect(keepAlive).toHaveAttribute('aria-invalid', 'false');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(fact(page, 'Keep alive')).toHaveText('24 h');
  await expect(fact(page, 'Payload config')).toHaveText(config);
});
