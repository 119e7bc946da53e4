import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { deviceTypeTab } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

const STATE_COLUMNS = [2, 3, 4, 5, 6];

test('the overview counts the fleet, breaks devices down by state and links onward', async ({
  editorPage: page,
  sim,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  const main = page.getByRole('main');

  const { data: types } = await sim.api<{ data: unknown[] }>('/api/devicetypes?includeSubGroups=true');
  await expect(main.getByRole('link', { name: /Device types$/ })).toHaveText(`${types.length} Device types`);
  // Complete counts carry no "≥"; the fleet total is the sum of the table's Devices column.
  const devicesStat = main.getByRole('link', { name: /^\d+ Devices$/ });
  await expect(devicesStat).toBeVisible();
  const table = page.getByRole('table', { name: 'Devices by state' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(types.length);
  let total = 0;
  for (const row of await rows.all()) {
    const cells = row.getByRole('cell');
    const devices = Number(await cells.nth(1).textContent());
    let byState = 0;
    for (const i of STATE_COLUMNS) byState += Number(await cells.nth(i).textContent());
    expect(byState, `states of ${await cells.first().textContent()} add up to its devices`).toBe(devices);
    total += devices;
  }
  await expect(devicesStat).toHaveText(`${total} Devices`);

  await expect(page.getByRole('heading', { name: 'Latest callback failures', level: 2 })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Latest error and warning events', level: 2 }),
  ).toBeVisible();
  const events = page.getByRole('table', { name: 'Latest events' });
  await expect(events.getByRole('row').nth(1)).toContainText(/ERROR|WARN/);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'overview');

  // Every figure leads on: a device type's row opens its devices.
  await table.getByRole('link', { name: 'Cold-chain sensor CS-1' }).click();
  await expect(page.getByRole('heading', { name: 'Cold-chain sensor CS-1', level: 1 })).toBeVisible();
  await expect(deviceTypeTab(page, 'Devices')).toHaveAttribute('aria-selected', 'true');

  await page.goBack();
  const eventType = (await events.getByRole('row').nth(1).getByRole('link').first().textContent()) ?? '';
  await events.getByRole('row').nth(1).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: eventType, level: 1 })).toBeVisible();
  await expect(deviceTypeTab(page, 'Events')).toHaveAttribute('aria-selected', 'true');

  await page.goBack();
  const failures = page.getByRole('table', { name: 'Latest callback failures' });
  await expect(failures.getByRole('row').nth(1).getByRole('cell').nth(3)).toHaveText(/^\d{3}$/);
  // The device type column names the type and leads to its callbacks.
  const typeLink = failures.getByRole('row').nth(1).getByRole('cell').nth(2).getByRole('link');
  const failedType = (await typeLink.textContent()) ?? '';
  expect(failedType).not.toMatch(/^[0-9a-f]{24}$/);
  await typeLink.click();
  await expect(page.getByRole('heading', { name: failedType, level: 1 })).toBeVisible();
  await expect(deviceTypeTab(page, 'Callbacks')).toHaveAttribute('aria-selected', 'true');
});
