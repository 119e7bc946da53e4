import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('a broken payload config names the column of the error, line by line', async ({ editorPage: page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Payload tool' }).click();
  await expect(page.getByRole('heading', { name: 'Payload tool', level: 1 })).toBeVisible();
  const config = page.getByLabel('Payload config');
  await page.getByLabel('Payload (hex)').fill('00fa41');
  await config.fill('temp::int:16\nhum::uint:8');
  await expect(page.getByRole('table', { name: 'Decoded values' })).toBeVisible();

  // "hum::uint:x": the length is wrong at the 11th character of line 2, the 24th of the config.
  await config.fill('temp::int:16\nhum::uint:x');
  const error = page.getByRole('alert').filter({ hasText: 'Config error at column' });
  await expect(error).toContainText(
    /^Config error at column 24 \(line 2, column 11\): expected .+, found .+\./,
  );
  await expect(page.getByRole('table', { name: 'Decoded values' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'payload-tool-config-error');

  await config.fill('temp::int:16\nhum::uint:8');
  await expect(error).toHaveCount(0);
  await expect(
    page.getByRole('table', { name: 'Decoded values' }).getByRole('row', { name: /^hum/ }),
  ).toContainText('65');
});
