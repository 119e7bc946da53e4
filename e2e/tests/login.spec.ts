import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { logIn } from '../fixtures/log-in.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';
import { users } from '../stack/stack.ts';

const { editor } = users;

test('a wrong password is refused with a message, the right one opens the console', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { name: 'Sigfox fleet console' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'login');

  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByText('Enter your username')).toBeVisible();
  await expect(page.getByText('Enter your password')).toBeVisible();

  await logIn(page, editor.username, 'not-the-password');
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password');
  await expect(page.getByLabel('Username')).toHaveValue(editor.username);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'login-wrong-password');

  await page.getByLabel('Password').fill(editor.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  const banner = page.getByRole('banner');
  await expect(banner.getByText(editor.username, { exact: true })).toBeVisible();
  await expect(banner.getByTitle('Your role')).toHaveText('editor');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const area of ['Overview', 'Groups', 'Device types']) {
    await expect(nav.getByRole('link', { name: area })).toBeVisible();
  }
});

test('an expired session goes to login, then back to where the user was; logout ends it', async ({
  page,
  context,
}) => {
  // By keyboard alone: Tab to each field, Enter to submit.
  await page.goto('/login');
  await expect(page.getByLabel('Username')).toBeEditable();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Username')).toBeFocused();
  await page.keyboard.type(editor.username);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type(editor.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Groups' }).click();
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();

  // The session cookie is gone, as after the BFF's idle timeout: the next request answers 401.
  await context.clearCookies();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Device types' }).click();
  // The page shown when the session ran out is where the user comes back to.
  await expect(page).toHaveURL(/\/login\?next=%2Fgroups$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Log in to continue where you were.' }),
  ).toBeVisible();

  await logIn(page, editor.username, editor.password);
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/groups$/);

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/groups');
  await expect(page).toHaveURL(/\/login\?next=%2Fgroups/);
});
