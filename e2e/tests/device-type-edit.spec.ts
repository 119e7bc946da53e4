import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { fact, openDeviceType } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('an editor edits a device type and still sees the change after a reload', async ({
  editorPage: page,
  sim,
}) => {
  await openDeviceType(page, 'Smart energy meter');
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page).toHaveURL(/\/settings\?edit=true$/);
  const form = page.getByRole('form', { name: 'Edit device type' });
  await expect(form.getByLabel('Name')).toHaveValue('Smart energy meter');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-type-edit');

  await form.getByLabel('Description').fill('Three-phase meters, relay on the main board');
  await form.getByLabel('Keep alive').fill('7200');
  await form.getByLabel('Alert email').fill('energy-team@acme-iot.example');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(page.getByRole('alertdialog', { name: 'Device type saved' })).toBeVisible();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(fact(page, 'Description')).toHaveText('Three-phase meters, relay on the main board');
  await expect(fact(page, 'Keep alive')).toHaveText('2 h');
  await expect(fact(page, 'Alert email')).toHaveText('energy-team@acme-iot.example');

  await page.reload();
  await expect(fact(page, 'Description')).toHaveText('Three-phase meters, relay on the main board');
  await expect(fact(page, 'Keep alive')).toHaveText('2 h');
  await expect(fact(page, 'Alert email')).toHaveText('energy-team@acme-iot.example');

  // The upstream has it too, not only the console's cache.
  const id = await fact(page, 'Id').textContent();
  const stored = await sim.api<{ description: string; keepAlive: number }>(`/api/devicetypes/${id}`);
  expect(stored).toMatchObject({
    description: 'Three-phase meters, relay on the main board',
    keepAlive: 7200,
  });
});
