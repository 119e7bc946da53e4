import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { openDeviceType } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('disengaging the sequence number check asks first and explains what it does', async ({
  editorPage: page,
}) => {
  await openDeviceType(page, 'Fleet tracker FT-2');
  const disengages: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/disengage')) disengages.push(r.url());
  });

  await page.getByRole('button', { name: 'Disengage sequence number' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Disengage the sequence number check?' });
  await expect(dialog).toContainText('A number going backwards is normally refused');
  await expect(dialog).toContainText('Disengaging accepts the next message of each device');
  // The safe choice has the focus.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-type-disengage-confirm');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Disengage sequence number' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(disengages, 'nothing is sent without confirming').toEqual([]);
});

test('confirming the disengage sends it once and says it is done', async ({ editorPage: page }) => {
  await openDeviceType(page, 'Fleet tracker FT-2');
  const disengages: number[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/disengage')) disengages.push(r.status());
  });

  await page.getByRole('button', { name: 'Disengage sequence number' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Disengage the sequence number check?' });
  await dialog.getByRole('button', { name: 'Disengage' }).click();
  await expect(
    page.getByText('Sequence number check disengaged for the next message of each device'),
  ).toBeVisible();
  expect(disengages).toEqual([204]);
});
