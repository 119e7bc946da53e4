import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { fact } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

/** The devices each marker stands for: "Cluster of 1,234 devices: …" or one device. */
async function markerCounts(map: Locator): Promise<number[]> {
  const labels = await map
    .getByRole('button', { name: /^(Cluster of|Device) / })
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  return labels.map((label) => {
    const cluster = /^Cluster of ([\d,]+) devices?:/.exec(label);
    return cluster ? Number(cluster[1]?.replaceAll(',', '')) : 1;
  });
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** "1,234 of 1,822 located devices match the filters": both numbers. */
async function matching(page: Page): Promise<{ shown: number; located: number }> {
  const status = page.getByRole('status').filter({ hasText: 'located devices match the filters' });
  await expect(status).toBeVisible({ timeout: 20_000 });
  const m = /([\d,]+) of ([\d,]+) located devices/.exec((await status.textContent()) ?? '');
  return { shown: Number(m?.[1]?.replaceAll(',', '')), located: Number(m?.[2]?.replaceAll(',', '')) };
}

async function openFleetMap(page: Page): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Fleet map' }).click();
  await expect(page.getByRole('heading', { name: 'Fleet map', level: 1 })).toBeVisible();
  return page.getByRole('region', { name: 'Fleet map' });
}

test('the fleet map clusters every located device, and a device-type filter changes the clusters', async ({
  editorPage: page,
}) => {
  const map = await openFleetMap(page);
  const { shown, located } = await matching(page);
  expect(located).toBeGreaterThan(100);
  expect(shown).toBe(located);
  // The map opens fitted to the fleet: every device is in one marker or another.
  await expect.poll(async () => sum(await markerCounts(map))).toBe(located);
  const clusters = map.getByRole('button', { name: /^Cluster of/ });
  expect(await clusters.count()).toBeGreaterThan(1);
  await expect(page.getByRole('region', { name: 'Legend' })).toContainText(
    `${located.toLocaleString('en')} devices in view`,
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'fleet-map');

  const typeFilter = page.getByRole('form', { name: 'Filters' }).getByLabel('Device type');
  const typeName = (await typeFilter.locator('option').nth(1).textContent()) ?? '';
  await typeFilter.selectOption({ label: typeName });
  await expect(page).toHaveURL(/[?&]type=[0-9a-f]{24}/);
  const filtered = await matching(page);
  expect(filtered.shown).toBeLessThan(located);
  expect(filtered.shown).toBeGreaterThan(0);
  await expect.poll(async () => sum(await markerCounts(map))).toBe(filtered.shown);
  // Every device listed beside the map is of the type chosen.
  const types = page
    .getByRole('table', { name: 'Devices in view' })
    .getByRole('row')
    .locator('td:nth-child(3)');
  await expect(types.first()).toHaveText(typeName);
  for (const text of await types.allTextContents()) expect(text).toBe(typeName);

  // The filter is in the URL: a reload keeps it.
  await page.reload();
  await expect(typeFilter).toHaveValue(/[0-9a-f]{24}/);
  expect((await matching(page)).shown).toBe(filtered.shown);
});

test('selecting clusters zooms in; selecting a device shows its summary and leads to its page', async ({
  editorPage: page,
}) => {
  const map = await openFleetMap(page);
  const { located } = await matching(page);
  const legend = page.getByRole('region', { name: 'Legend' });
  const inView = async () =>
    Number(/([\d,]+) devices in view/.exec((await legend.textContent()) ?? '')?.[1]?.replaceAll(',', ''));
  await expect.poll(inView).toBe(located);

  const devices = map.getByRole('button', { name: /^Device / });
  for (let step = 0; step < 8 && (await devices.count()) === 0; step++) {
    const before = page.url();
    await map
      .getByRole('button', { name: /^Cluster of/ })
      .first()
      .click();
    await expect(page).not.toHaveURL(before);
  }
  expect(await devices.count()).toBeGreaterThan(0);
  // The list follows the map: it holds the devices in view, fewer than the fleet.
  const shown = await inView();
  expect(shown).toBeLessThan(located);
  await expect(page.getByText(`${shown} rows`)).toBeVisible();

  const label = (await devices.first().getAttribute('aria-label')) ?? '';
  const [, name, id] = /^Device (.+) \(([0-9A-F]+)\), /.exec(label) ?? [];
  await devices.first().click();
  const summary = page.getByRole('region', { name: `Device ${name}` });
  await expect(summary).toBeVisible();
  await expect(fact(summary, 'Id')).toHaveText(id ?? '');
  await expect(fact(summary, 'State')).not.toBeEmpty();
  await expect(summary.getByText(/Last message|No message yet/)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]device=${id}`));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'fleet-map-device');

  await summary.getByRole('link', { name: 'Open device page' }).click();
  await expect(page).toHaveURL(new RegExp(`/devices/${id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name ?? '');
});

test('loading the fleet shows its progress and can be cancelled, keeping what was read', async ({
  editorPage: page,
}) => {
  // Slow device pages down so the load is still running when Cancel is pressed.
  let asked = 0;
  await page.route(/\/api\/devicetypes\/[0-9a-f]{24}\/devices/, async (route) => {
    asked += 1;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue().catch(() => undefined);
  });
  await page.goto('/map');
  const progress = page.getByRole('progressbar', { name: 'Fleet loading progress' });
  await expect(progress).toBeVisible();
  const loading = page.getByRole('status').filter({ hasText: /Loading devices: 0 of \d+ device types/ });
  await expect(loading).toBeVisible();
  const typesTotal = Number(/of (\d+) device types/.exec((await loading.textContent()) ?? '')?.[1]);
  await page.getByRole('button', { name: 'Cancel loading' }).click();
  await expect(page.getByRole('button', { name: /Stopping after the pages under way/ })).toBeDisabled();
  await expect(page.getByRole('status').filter({ hasText: 'Loading cancelled' })).toBeVisible();
  await expect(progress).toBeHidden();
  // The load ended with the pages under way (one per device type read at once): the
  // other device types were never asked for.
  expect(asked).toBeGreaterThan(0);
  expect(asked).toBeLessThan(typesTotal);
  const partial = await matching(page);
  expect(partial.shown).toBeGreaterThan(0);
  const map = page.getByRole('region', { name: 'Fleet map' });
  await expect.poll(async () => sum(await markerCounts(map))).toBe(partial.shown);

  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.getByRole('button', { name: 'Load all devices' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading cancelled' })).toBeHidden();
  const whole = await matching(page);
  expect(whole.located).toBeGreaterThan(partial.located);
  await expect.poll(async () => sum(await markerCounts(map))).toBe(whole.located);
});
