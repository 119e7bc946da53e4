import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { deviceTypeTab, fact, openDeviceType } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('a device link leads to the device, its facts and its decoded messages', async ({
  editorPage: page,
  sim,
}) => {
  await openDeviceType(page, 'Cold-chain sensor CS-1');
  await deviceTypeTab(page, 'Devices').click();
  const firstRow = page.getByRole('table', { name: 'Devices' }).getByRole('row').nth(1);
  const deviceId = (await firstRow.getByRole('cell').first().textContent()) ?? '';
  const name = (await firstRow.getByRole('cell').nth(1).textContent()) ?? '';
  await firstRow.getByRole('link', { name: deviceId }).click();

  await expect(page.getByRole('heading', { name: `Device ${deviceId} — ${name}`, level: 1 })).toBeVisible();
  await expect(fact(page, 'Device type')).toHaveText('Cold-chain sensor CS-1');
  const { data } = await sim.api<{ data: { data: string }[] }>(`/api/devices/${deviceId}/messages?limit=1`);
  const messages = page.getByRole('table', { name: 'Device messages' });
  const latest = messages.getByRole('row').nth(1);
  await expect(latest).toContainText(data[0]?.data ?? 'no message');
  await expect(latest).toContainText(/temp=-?\d+/);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device');

  await fact(page, 'Device type').getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Cold-chain sensor CS-1', level: 1 })).toBeVisible();
});
