import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { fact, openDeviceType } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('the audit log lists a device type edit made earlier in the run', async ({ editorPage: page }) => {
  const description = `Walk-in fridges, audited ${Date.now()}`;
  await openDeviceType(page, 'Cold-chain sensor CS-2');
  const typeId = (await fact(page, 'Id').textContent()) ?? '';
  await page.getByRole('link', { name: 'Edit' }).click();
  const form = page.getByRole('form', { name: 'Edit device type' });
  await form.getByLabel('Description').fill(description);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Device type saved' })).toBeVisible();
  await expect(fact(page, 'Description')).toHaveText(description);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  const filters = page.getByRole('form', { name: 'Filters' });
  await filters.getByLabel('Contains').fill(description);
  await filters.getByRole('button', { name: 'Apply filters' }).click();

  const rows = page.getByRole('table', { name: 'Audit log' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  const cells = rows.nth(1).getByRole('cell');
  await expect(cells.nth(1)).toHaveText('admin');
  await expect(cells.nth(3)).toHaveText('POST /api/devicetypes/edit');
  await expect(cells.nth(4)).toHaveText(/^2\d\d$/);
  await expect(cells.nth(5)).toContainText(description);
  await expect(cells.nth(5)).toContainText(typeId);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'audit-log');

  // The same entry under the editor and successful outcome filters.
  await filters.getByLabel('User').selectOption('admin');
  await filters.getByLabel('Outcome').selectOption('ok');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/[?&]user=admin/);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(description);
});
