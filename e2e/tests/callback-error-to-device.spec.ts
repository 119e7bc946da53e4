import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('a callback failure leads from the callback errors screen to its device', async ({
  editorPage: page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Callback errors' }).click();
  await expect(page.getByRole('heading', { name: 'Callback errors', level: 1 })).toBeVisible();

  const first = page.getByRole('table', { name: 'Callback errors' }).getByRole('row').nth(1);
  const details = first.getByRole('button', { name: /^Details of the failure for \S+ \(.+\)$/ });
  await expect(details).toBeVisible();
  const name = (await details.getAttribute('aria-label')) ?? '';
  const deviceId = /^Details of the failure for (\S+) /.exec(name)?.[1] ?? '';
  expect(deviceId).toMatch(/^[0-9A-F]+$/);
  await expect(first).toContainText(deviceId);
  await details.click();

  const detail = page.getByRole('region', { name: new RegExp(`^Failure for device ${deviceId} at `) });
  await expect(detail).toBeVisible();
  await expect(page).toHaveURL(/[?&]open=/);
  await expect(detail.getByRole('link', { name: "Open the device type's callbacks" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'callback-error-detail');

  await detail.getByRole('link', { name: `Open device ${deviceId}` }).click();
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Device ${deviceId}`), level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: 'Device messages' })).toBeVisible();
});
