import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { deviceTypeTab, fact, openArea, openDeviceType } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('the device type list includes sub-groups on demand, and the choice lives in the URL', async ({
  editorPage: page,
  sim,
}) => {
  type Names = { data: { name: string }[] };
  const own = (await sim.api<Names>('/api/devicetypes')).data.map((t) => t.name);
  const all = (await sim.api<Names>('/api/devicetypes?includeSubGroups=true')).data.map((t) => t.name);
  expect(all.length).toBeGreaterThan(own.length);
  const shown = async () =>
    (await page.getByRole('table', { name: 'Device types' }).getByRole('row').all()).length - 1;

  await page.goto('/');
  await openArea(page, 'Device types');
  // Only the device types of the credentials' own group.
  const table = page.getByRole('table', { name: 'Device types' });
  for (const name of own) await expect(table.getByRole('link', { name, exact: true })).toBeVisible();
  expect(await shown()).toBe(own.length);
  await expect(table.getByRole('link', { name: 'Water meter WM-4' })).toHaveCount(0);

  const includeSubGroups = page.getByRole('switch', { name: 'Include sub-groups' });
  await expect(includeSubGroups).not.toBeChecked();
  await page.getByText('Include sub-groups').click();
  await expect(page).toHaveURL(/includeSubGroups=true/);
  await expect(includeSubGroups).toBeChecked();
  for (const name of all) await expect(table.getByRole('link', { name, exact: true })).toBeVisible();
  await expect(page.getByText(`${all.length} rows`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-types');

  await page.goBack();
  await expect(page.getByRole('switch', { name: 'Include sub-groups' })).not.toBeChecked();
  await expect(table.getByRole('link', { name: 'Water meter WM-4' })).toHaveCount(0);
});

test('a device type page shows its settings, devices, decoded messages and events in tabs', async ({
  editorPage: page,
}) => {
  await openDeviceType(page, 'Cold-chain sensor CS-1');
  await expect(fact(page, 'Payload type')).toHaveText('Custom');
  await expect(fact(page, 'Payload config')).toHaveText(
    'temp::int:16 hum::uint:8 batt::uint:4:7 alarm::bool:3 door::bool:2',
  );
  await expect(fact(page, 'Keep alive')).toHaveText('12 h');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-type-settings');

  await deviceTypeTab(page, 'Devices').click();
  await expect(page).toHaveURL(/\/devices$/);
  const devices = page.getByRole('table', { name: 'Devices' });
  await expect(devices.getByRole('row')).not.toHaveCount(0);
  await expect(devices.getByRole('columnheader', { name: 'Average SNR (dB)' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-type-devices');

  await page.getByLabel('SNR filter').selectOption({ label: '13 to 20 dB' });
  await expect(page).toHaveURL(/\/devices\?snr=3$/);
  await expect(page.getByLabel('SNR filter')).toHaveValue('3');
  // The address reproduces the view.
  await page.reload();
  await expect(page.getByLabel('SNR filter')).toHaveValue('3');
  // Only devices whose average SNR lies in the band are left (column 5: Average SNR).
  const filtered = page
    .getByRole('table', { name: 'Devices' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  await expect(filtered.first()).toBeVisible();
  for (const row of await filtered.all()) {
    const snr = Number(await row.getByRole('cell').nth(4).textContent());
    expect(snr).toBeGreaterThanOrEqual(13);
    expect(snr).toBeLessThanOrEqual(20);
  }

  await deviceTypeTab(page, 'Messages').click();
  await expect(page).toHaveURL(/\/messages$/);
  const messages = page.getByRole('table', { name: 'Messages' });
  await expect(messages.getByRole('columnheader', { name: 'Decoded' })).toBeVisible();
  // Decoded with the payload config: every field name of the config appears.
  await expect(messages.getByRole('row').nth(1)).toContainText(/temp.*hum.*batt.*alarm.*door/);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-type-messages');

  await deviceTypeTab(page, 'Events').click();
  await expect(page).toHaveURL(/\/events$/);
  await expect(page.getByRole('heading', { name: 'Error events', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Warning events', level: 2 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-type-events');
});
