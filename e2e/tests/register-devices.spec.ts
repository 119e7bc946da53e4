import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { deviceTypeTab, openDeviceType } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

const csv = ['id,pac', 'E2E0A1,0123456789ABCDEF', 'E2E0A2;FEDCBA9876543210'].join('\n');

test('an editor registers two devices pasted as CSV and finds them in the devices tab', async ({
  editorPage: page,
  sim,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDeviceType(page, 'Lone worker button');
  await deviceTypeTab(page, 'Register devices').click();
  const form = page.getByRole('form', { name: 'Register devices' });
  await form.getByLabel('Name prefix').fill('e2e-');

  // Pasted from the clipboard, as from a spreadsheet export.
  await page.evaluate((text) => navigator.clipboard.writeText(text), csv);
  await form.getByLabel('Devices', { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+V');
  await expect(form.getByLabel('Devices', { exact: true })).toHaveValue(csv);

  const lines = page.getByRole('table', { name: 'Devices to register' });
  await expect(lines.getByRole('row').filter({ hasText: 'E2E0A1' })).toContainText('OK');
  await expect(lines.getByRole('row').filter({ hasText: 'E2E0A2' })).toContainText('OK');
  await expect(page.getByRole('status').filter({ hasText: 'Will register' })).toHaveText(
    'Will register 2 devices in Lone worker button, named e2e- + id.',
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-type-register');

  await form.getByRole('button', { name: 'Register devices' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Devices registered' })).toBeVisible();
  await expect(page).toHaveURL(/\/devices$/);
  const devices = page.getByRole('table', { name: 'Devices' });
  await expect(devices.getByRole('row').filter({ hasText: 'E2E0A1' })).toContainText('e2e-E2E0A1');
  await expect(devices.getByRole('row').filter({ hasText: 'E2E0A2' })).toContainText('e2e-E2E0A2');
  const first = devices.getByRole('row').filter({ hasText: 'E2E0A1' });
  await expect(first.getByRole('cell').nth(3)).toHaveText('never');

  // Once the new device sends, its row shows when.
  await sim.emitMessage('E2E0A1', '0102');
  await page.reload();
  await expect(first.getByRole('cell').nth(3).getByRole('time')).toBeVisible();
});

test('a wrong line is shown where it is and nothing is sent', async ({ editorPage: page }) => {
  await openDeviceType(page, 'Lone worker button');
  await deviceTypeTab(page, 'Register devices').click();
  const form = page.getByRole('form', { name: 'Register devices' });
  const posts: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().includes('/api/devicetypes/')) posts.push(r.url());
  });
  await form
    .getByLabel('Devices', { exact: true })
    .fill('E2E0B1,0123456789ABCDEF\nNOT-AN-ID,0123456789ABCDEF');
  const lines = page.getByRole('table', { name: 'Devices to register' });
  await expect(lines.getByRole('row').filter({ hasText: 'NOT-AN-ID' })).toContainText('must be');
  await form.getByRole('button', { name: 'Register devices' }).click();
  await expect(form.getByText('1 line has a problem: fix it first')).toBeVisible();
  expect(posts).toEqual([]);
});

test("the server's refusal of an id already registered lands on its line, and the input is kept", async ({
  editorPage: page,
  sim,
}) => {
  await openDeviceType(page, 'Lone worker button');
  const deviceTypeId = new URL(page.url()).pathname.split('/')[2] ?? '';
  const existing = await sim.firstDevice(deviceTypeId);
  await deviceTypeTab(page, 'Register devices').click();
  const form = page.getByRole('form', { name: 'Register devices' });
  const devices = form.getByLabel('Devices', { exact: true });
  const text = `E2E0C1,0123456789ABCDEF\n${existing},0123456789ABCDEF`;
  await devices.fill(text);
  // Both lines look right here; only the server knows the second id is taken.
  await expect(page.getByRole('status').filter({ hasText: 'Will register' })).toContainText(
    'Will register 2 devices',
  );
  await form.getByRole('button', { name: 'Register devices' }).click();
  await expect(devices).toHaveAccessibleDescription(/line 2: .*already/i);
  await expect(devices).toHaveValue(text);
  await expect(page).toHaveURL(/\/register$/);
  await expect(page.getByRole('alertdialog', { name: 'Devices registered' })).toHaveCount(0);
  // All or nothing: the valid line was not registered either.
  expect((await sim.devices(deviceTypeId)).map((d) => d.id)).not.toContain('E2E0C1');
});
