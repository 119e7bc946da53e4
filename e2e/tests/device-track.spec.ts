import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';
import { localInput } from '../fixtures/time.ts';

/** Fleet trackers report hourly from a moving truck, with Spot'it estimations (radius in metres). */
const TRACKER_TYPE = 'Fleet tracker FT-2';

test("a device's track: its valid locations on a map, each leading to its message", async ({
  editorPage: page,
  sim,
}) => {
  const types = await sim.api<{ data: { id: string; name: string }[] }>(
    '/api/devicetypes?includeSubGroups=true',
  );
  const type = types.data.find((t) => t.name === TRACKER_TYPE);
  if (!type) throw new Error(`no device type ${TRACKER_TYPE}`);
  const device = (await sim.devices(type.id)).find((d) => d.state === 0);
  if (!device) throw new Error(`${TRACKER_TYPE} has no device in state OK`);
  const deviceId = device.id;

  await page.goto(`/devices/${deviceId}`);
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Device ${deviceId}`), level: 1 }),
  ).toBeVisible();
  const section = page.getByRole('region', { name: 'Locations', exact: true });
  const track = page.getByRole('region', { name: `Track of ${deviceId}` });
  const points = track.getByRole('button', { name: /^Location at .+ \((±\d+ m|GPS)\)$/ });
  // The default window: the newest page of locations, drawn.
  await expect(section.getByText(/^100 rows loaded, more available$/)).toBeVisible();
  await expect.poll(() => points.count()).toBeGreaterThan(1);

  // Half a day (about twelve hourly reports): every row of the table is in view at once.
  const since = Math.floor((await sim.now()) / 1000) - 12 * 3600;
  const range = section.getByRole('form', { name: 'Track range' });
  await range.getByLabel('Since').fill(localInput(since));
  await range.getByRole('button', { name: 'Apply time range' }).click();
  await expect(page).toHaveURL(/[?&]trackSince=/);

  const expected = await sim.api<{ data: { valid: boolean }[] }>(
    `/api/devices/${deviceId}/locations?since=${Math.floor(since / 60) * 60}`,
  );
  const rows = section.getByRole('table', { name: 'Locations' }).getByRole('row');
  await expect(rows).toHaveCount(expected.data.length + 1);
  const validRows = rows.filter({ has: page.getByRole('cell', { name: 'Valid', exact: true }) });
  const valid = await validRows.count();
  expect(valid).toBeGreaterThan(1);
  expect(valid).toBe(expected.data.filter((l) => l.valid).length);
  await expect(points).toHaveCount(valid);

  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-track');

  // The newest point opens the message sent at that time.
  const newest = points.last();
  const label = (await newest.getAttribute('aria-label')) ?? '';
  const when = /^Location at (.+) \(/.exec(label)?.[1] ?? 'unknown';
  await newest.click();
  await expect(page).toHaveURL(/[?&]message=\d+/);
  const opened = page.getByRole('heading', { name: new RegExp(`^Message \\d+ of ${when}$`) });
  // The message, further down the page, takes the focus and so comes into view.
  await expect(opened).toBeFocused();
  await expect(opened).toBeInViewport();
  await expect(newest).toHaveAttribute('aria-pressed', 'true');
  // The track keeps its window when a message opens.
  await expect(rows).toHaveCount(expected.data.length + 1);

  // By keyboard too: the oldest point, focused, then Enter.
  const oldest = points.first();
  const oldestWhen = /^Location at (.+) \(/.exec((await oldest.getAttribute('aria-label')) ?? '')?.[1] ?? '';
  await oldest.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Message \\d+ of ${oldestWhen}$`) }),
  ).toBeVisible();
});
