import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('an unknown device type shows the server message inside the shell', async ({ editorPage: page }) => {
  await page.goto('/device-types/0123456789abcdef01234567/settings');
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Device type 0123456789abcdef01234567 not found');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'error-unknown-device-type');
});

test('an unknown address says so and leads back', async ({ editorPage: page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found', level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'not-found');
  await page.getByRole('link', { name: 'Back to the overview' }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
});
