import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

const MODES = ['OUTDOOR', 'INDOOR', 'UNDERGROUND'] as const;
const WORDS = ['No coverage', '1 station', '2 stations', '3 or more stations'] as const;

/** The simulator's own answer, bypassing the console: what the screens must show. */
type Sim = { api<T>(path: string): Promise<T> };
async function simRedundancy(sim: Sim, lat: number, lng: number, mode: string): Promise<number> {
  const answer = await sim.api<{ redundancy: number }>(
    `/api/coverages/redundancy?lat=${lat}&lng=${lng}&mode=${mode}`,
  );
  return answer.redundancy;
}

/** The counts of a redundancy list (legend or summary), summed. */
async function countsSum(list: Locator): Promise<number> {
  const texts = await list.getByRole('listitem').allTextContents();
  return texts.reduce((sum, t) => sum + Number(/(\d+) (?:cell|point)s?$/.exec(t)?.[1] ?? Number.NaN), 0);
}

async function openCoverage(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Coverage' }).click();
  await expect(page.getByRole('heading', { name: 'Coverage', level: 1 })).toBeVisible();
}

test('a point shows its redundancy in each mode, explained; typed or clicked on the map', async ({
  viewerPage: page,
  sim,
}) => {
  await openCoverage(page);
  const form = page.getByRole('form', { name: 'Check a point' });
  await form.getByLabel('Latitude').fill('95');
  await form.getByLabel('Longitude').fill('1.444');
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.getByText('Latitude must be between -90 and 90')).toBeVisible();

  await form.getByLabel('Latitude').fill('43.6045');
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(page).toHaveURL(/[?&]point=43\.60450%2C1\.44400/);
  const table = page.getByRole('table', { name: 'Coverage at 43.60450, 1.44400' });
  const assumes = { OUTDOOR: 'no penetration loss', INDOOR: 'about 20 dB', UNDERGROUND: 'about 30 dB' };
  for (const mode of MODES) {
    const expected = await simRedundancy(sim, 43.6045, 1.444, mode);
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${mode}`) }) });
    await expect(row.getByRole('cell').first()).toHaveText(`${expected} ${WORDS[expected]}`);
    await expect(row.getByRole('rowheader')).toContainText(assumes[mode]);
    await expect(row.getByRole('cell').nth(1)).toContainText(/base station/);
  }
  // Toulouse is a covered city: the check is not vacuous.
  expect(await simRedundancy(sim, 43.6045, 1.444, 'OUTDOOR')).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Point checked: 43.60450, 1.44400' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'coverage-point');

  // A click elsewhere on the map checks that point instead.
  await page.getByRole('region', { name: 'Coverage map' }).click({ position: { x: 200, y: 150 } });
  await expect(table).toHaveCount(0);
  await expect(page.getByRole('table', { name: /^Coverage at \d+\.\d{5}, \d+\.\d{5}$/ })).toBeVisible();
  const point = new URL(page.url()).searchParams.get('point') ?? '';
  expect(point).toMatch(/^\d+\.\d{5},-?\d+\.\d{5}$/);
  expect(point).not.toBe('43.60450,1.44400');
  await expect(form.getByLabel('Latitude')).toHaveValue(String(Number(point.split(',')[0])));
});

test('the coverage layer draws the cells in view, counted in its legend, and follows the map', async ({
  viewerPage: page,
}) => {
  await page.goto('/coverage?at=43.60000,1.44000,10');
  await expect(page.getByRole('heading', { name: 'Coverage', level: 1 })).toBeVisible();
  await page.getByText('Show coverage layer').click();
  await expect(page).toHaveURL(/[?&]layer=true/);
  await expect(page.getByRole('switch', { name: 'Show coverage layer' })).toBeChecked();

  const legend = page.getByRole('region', { name: 'Coverage legend' });
  const progress = legend.getByRole('status');
  // Every cell answered, drawn and counted once: read together, as the view may still settle.
  const complete = () =>
    expect(async () => {
      const progressText = (await progress.textContent()) ?? '';
      const [, done, total] = /^Coverage: (\d+) of (\d+) cells$/.exec(progressText) ?? [];
      expect(done).toBe(total);
      expect(Number(total)).toBeGreaterThan(50);
      expect(await page.locator('path.map-cell').count()).toBe(Number(total));
      expect(await countsSum(legend.getByRole('list', { name: 'Cells per redundancy' }))).toBe(Number(total));
    }).toPass({ timeout: 30_000 });
  await complete();
  // Toulouse is covered: some cells hear at least one station.
  expect(await page.locator('path.map-cell:not(.map-cell--r0)').count()).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'coverage-layer');

  // Panning refreshes the layer for the new view.
  const before = new URL(page.url()).searchParams.get('at');
  // Leaflet pans by keyboard once its container has focus (80 px per arrow press).
  await page.getByRole('region', { name: 'Coverage map' }).locator('.leaflet-container').focus();
  await page.keyboard.press('ArrowRight');
  const lngOf = (at: string | null) => Number(at?.split(',')[1]);
  await expect
    .poll(() => lngOf(new URL(page.url()).searchParams.get('at')) - lngOf(before))
    .toBeGreaterThan(0.05);
  await complete();

  await page.getByLabel('Layer mode').selectOption('UNDERGROUND');
  await expect(page).toHaveURL(/[?&]mode=UNDERGROUND/);
  await expect(page).toHaveURL(/[?&]layer=true/);
  await expect(legend).toContainText('Underground (30 dB)');
  await complete();

  await page.getByText('Show coverage layer').click();
  await expect(page.locator('path.map-cell')).toHaveCount(0);
  await expect(legend).toHaveCount(0);
});

test('switched on far out, the layer brings the map in to where a cell stands for its area', async ({
  viewerPage: page,
}) => {
  await page.goto('/coverage');
  await expect(page.getByRole('heading', { name: 'Coverage', level: 1 })).toBeVisible();
  await page.getByText('Show coverage layer').click();
  await expect(page).toHaveURL(/[?&]at=-?[\d.]+%2C-?[\d.]+%2C9(&|$)/);
  const legend = page.getByRole('region', { name: 'Coverage legend' });
  await expect(legend.getByRole('status')).toHaveText(/^Coverage: (\d+) of \1 cells$/, { timeout: 30_000 });
  expect(await page.locator('path.map-cell').count()).toBeGreaterThan(0);

  // Zoomed out again, it draws nothing and offers to zoom back in.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(legend.getByRole('status')).toHaveText(/draws from zoom level 9 in/);
  await expect(page.locator('path.map-cell')).toHaveCount(0);
  await legend.getByRole('button', { name: 'Zoom in to draw the layer' }).click();
  await expect(legend.getByRole('status')).toHaveText(/^Coverage: (\d+) of \1 cells$/, { timeout: 30_000 });
  expect(await page.locator('path.map-cell').count()).toBeGreaterThan(0);
});

test('a deployment check answers each pasted coordinate, and names a bad line', async ({
  editorPage: page,
  sim,
}) => {
  await openCoverage(page);
  await page.getByRole('link', { name: 'Check a deployment' }).click();
  await expect(page.getByRole('heading', { name: 'Check a deployment', level: 1 })).toBeVisible();

  const input = page.getByLabel('Coordinates (CSV)');
  const bad = 'lat,lng,name\n43.6045,1.444,Toulouse\n95,2.35,Too far north';
  await input.fill(bad);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('alert')).toContainText('Line 3: latitude must be between -90 and 90');
  await expect(input).toHaveValue(bad);

  // An imported file fills the field, to be checked (or edited) like pasted text.
  const file = 'lat,lng,name\n48.8566,2.3522,Paris\n';
  await page
    .getByLabel('Import CSV')
    .setInputFiles({ name: 'sites.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await expect(input).toHaveValue(file);

  const sites = [
    { name: 'Toulouse', lat: 43.6045, lng: 1.444 },
    { name: 'Paris', lat: 48.8566, lng: 2.3522 },
    { name: 'Lyon', lat: 45.764, lng: 4.8357 },
    { name: 'Sea', lat: 45.0, lng: -30.0 },
    { name: 'Marseille', lat: 43.2965, lng: 5.3698 },
  ];
  await input.fill(
    ['latitude;longitude;name', ...sites.map((s) => `${s.lat};${s.lng};${s.name}`)].join('\n'),
  );
  await page.getByRole('button', { name: 'Check' }).click();
  const table = page.getByRole('table', { name: 'Deployment check' });
  await expect(table.getByRole('row')).toHaveCount(sites.length + 1);
  for (const site of sites) {
    const expected = await simRedundancy(sim, site.lat, site.lng, 'INDOOR');
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: site.name, exact: true }) });
    await expect(row.getByRole('cell').nth(3)).toHaveText(String(expected));
    await expect(row.getByRole('cell').nth(4)).toHaveText(WORDS[expected] ?? '');
    await expect(page.getByRole('button', { name: `${site.name}: redundancy ${expected}` })).toBeAttached();
  }
  await expect(table.getByRole('row').filter({ hasText: 'Sea' })).toContainText('No coverage');
  expect(await countsSum(page.getByRole('list', { name: 'Summary' }))).toBe(sites.length);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'deployment-check');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const lines = (await readFile((await (await downloading).path())!, 'utf8')).split('\r\n');
  expect(lines[0]).toBe('Name,Latitude,Longitude,Redundancy,Coverage');
  expect(lines).toContain('Sea,45,-30,0,No coverage');
  expect(lines).toHaveLength(sites.length + 1);

  await page.getByRole('link', { name: 'Back to coverage map' }).click();
  await expect(page.getByRole('heading', { name: 'Coverage', level: 1 })).toBeVisible();
});
