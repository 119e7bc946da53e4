import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { fact } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Main' });

test('find a device by id from the navigation', async ({ editorPage: page, sim }) => {
  const { data } = await sim.api<{ data: { id: string }[] }>('/api/devicetypes?includeSubGroups=true');
  const deviceId = await sim.firstDevice(data[0]?.id ?? '');
  await page.goto('/');
  await nav(page).getByRole('link', { name: 'Devices', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Devices', level: 1 })).toBeVisible();
  const form = page.getByRole('form', { name: 'Find a device' });
  await form.getByLabel('Device id').fill(deviceId.toLowerCase());
  await form.getByRole('button', { name: 'Find device' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]id=${deviceId}`));
  await expect(fact(page, 'Device').getByRole('link', { name: deviceId })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'devices-search');

  await form.getByLabel('Device id').fill('FFFFFFF0');
  await form.getByRole('button', { name: 'Find device' }).click();
  await expect(page.getByText('No device FFFFFFF0 in the device types you can see')).toBeVisible();
});

test('the payload tool decodes a payload and points at a config error', async ({ editorPage: page }) => {
  await page.goto('/');
  await nav(page).getByRole('link', { name: 'Payload tool' }).click();
  await expect(page.getByRole('heading', { name: 'Payload tool', level: 1 })).toBeVisible();
  await page.getByLabel('Payload config').fill('temp::int:16 hum::uint:8');
  await page.getByLabel('Payload (hex)').fill('00fa41');
  const values = page.getByRole('table', { name: 'Decoded values' });
  await expect(values.getByRole('row').filter({ hasText: 'temp' })).toContainText('250');
  await expect(values.getByRole('row').filter({ hasText: 'hum' })).toContainText('65');
  await expect(page).toHaveURL(/config=.*hex=00fa41|hex=00fa41.*config=/);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'payload-tool');

  await page.getByLabel('Payload config').fill('temp::int:');
  await expect(
    page.getByText('Config error at column 11: expected a length in bits (1 to 64), found end of input.'),
  ).toBeVisible();
});

test('the callback errors screen lists failed deliveries', async ({ editorPage: page }) => {
  await page.goto('/');
  await nav(page).getByRole('link', { name: 'Callback errors' }).click();
  await expect(page.getByRole('heading', { name: 'Callback errors', level: 1 })).toBeVisible();
  await expect(page.getByRole('table').first().getByRole('row').nth(1)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'callback-errors');
});
