import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { deviceTypeTab, fact, openArea, openDeviceType } from '../fixtures/console.ts';
import { expectNoEditingControls } from '../fixtures/editing-controls.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';
import { users } from '../stack/stack.ts';

test('a viewer sees every screen but no editing control', async ({ viewerPage: page }) => {
  await page.goto('/');
  const banner = page.getByRole('banner');
  await expect(banner.getByText(users.viewer.username, { exact: true })).toBeVisible();
  await expect(banner.getByTitle('Your role')).toHaveText('viewer');
  await expectNoEditingControls(page);

  await openArea(page, 'Groups');
  await page.getByRole('navigation', { name: 'Group tree' }).getByRole('link', { name: 'Europe' }).click();
  await expect(page.getByRole('heading', { name: 'Europe', level: 1 })).toBeVisible();
  await expectNoEditingControls(page);

  await openDeviceType(page, 'Sigfox test device');
  await expect(fact(page, 'Downlink mode')).toHaveText('Callback');
  await expectNoEditingControls(page);
  await expect(deviceTypeTab(page, 'Register devices')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'viewer-device-type-settings');

  // The edit form's own URL shows a viewer the facts, not the form.
  await page.goto(`${new URL(page.url()).pathname}?edit=true`);
  await expect(fact(page, 'Downlink mode')).toHaveText('Callback');
  await expectNoEditingControls(page);

  for (const tab of ['Devices', 'Messages', 'Callbacks', 'Events']) {
    await deviceTypeTab(page, tab).click();
    await expect(deviceTypeTab(page, tab)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).not.toContainText('Loading');
    await expectNoEditingControls(page);
  }
  // Callbacks are listed with their state as text, without switches or actions.
  await deviceTypeTab(page, 'Callbacks').click();
  const data = page.getByRole('table', { name: 'Data callbacks' });
  await expect(data.getByRole('columnheader', { name: 'Enabled' })).toBeVisible();
  await expect(data.getByRole('columnheader', { name: 'Actions' })).toHaveCount(0);
  await expect(page.getByRole('switch')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'viewer-device-type-callbacks');
});

test('the BFF refuses a viewer who edits by hand', async ({ viewerPage: page }) => {
  await page.goto('/');
  const me = await page.request.get('/auth/me');
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const list = await page.request.get('/api/devicetypes?includeSubGroups=true');
  const { data } = (await list.json()) as { data: { id: string; name: string }[] };
  const target = data.find((t) => t.name === 'Panic button');
  const edit = await page.request.post('/api/devicetypes/edit', {
    headers: { 'x-csrf-token': csrfToken, origin: new URL(page.url()).origin },
    data: { id: target?.id, description: 'changed by a viewer' },
  });
  expect(edit.status()).toBe(403);
});
