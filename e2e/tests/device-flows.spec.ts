import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { fact } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import type { SimControl } from '../fixtures/sim-control.ts';
import { expect, test } from '../fixtures/test.ts';
import { localInput } from '../fixtures/time.ts';

/** Cold-chain sensors decode a Custom payload: temp::int:16 hum::uint:8 batt::uint:4:7 alarm::bool:3 door::bool:2. */
const CUSTOM_TYPE = 'Cold-chain sensor CS-1';

interface ApiMessage {
  time: number;
  seqNumber: number;
  data: string;
}

/** The n-th sending device (state OK) of the Custom type: each test takes its own device. */
async function customDevice(sim: SimControl, n: number): Promise<string> {
  const { data } = await sim.api<{ data: { id: string; name: string }[] }>(
    '/api/devicetypes?includeSubGroups=true',
  );
  const type = data.find((t) => t.name === CUSTOM_TYPE);
  if (!type) throw new Error(`no device type ${CUSTOM_TYPE}`);
  const ok = (await sim.devices(type.id)).filter((d) => d.state === 0);
  const device = ok[n];
  if (!device) throw new Error(`${CUSTOM_TYPE} has fewer than ${n + 1} devices in state OK`);
  return device.id;
}

async function openDevicePage(page: Page, deviceId: string): Promise<void> {
  await page.goto(`/devices/${deviceId}`);
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Device ${deviceId}`), level: 1 }),
  ).toBeVisible();
}

/** How the console shows a time (en-GB, Europe/Paris, medium date and short time). */
const shown = (seconds: number) =>
  new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(seconds * 1000));

test('find a device by id and read its information, token, network, metrics and consumption', async ({
  editorPage: page,
  sim,
}) => {
  const deviceId = await customDevice(sim, 3);
  const device = await sim.api<{ name?: string; tokenType?: string }>(`/api/devices/${deviceId}`);
  const token = await sim.api<{ detailMessage: string }>(`/api/devices/${deviceId}/token-state`);
  const network = await sim.api<{ networkStatus: string }>(`/api/devices/${deviceId}/networkstate`);
  const metrics = await sim.api<{ lastDay: number; lastWeek: number; lastMonth: number }>(
    `/api/devices/${deviceId}/messages/metric`,
  );
  const year = new Date().getUTCFullYear();
  const consumption = await sim.api<{ consumptions: { frameCount: number; downlinkFrameCount: number }[] }>(
    `/api/devices/${deviceId}/consumptions/${year}`,
  );
  const uplink = consumption.consumptions.reduce((sum, d) => sum + d.frameCount, 0);
  const downlink = consumption.consumptions.reduce((sum, d) => sum + d.downlinkFrameCount, 0);

  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Devices', exact: true })
    .click();
  const form = page.getByRole('form', { name: 'Find a device' });
  await form.getByLabel('Device id').fill(deviceId);
  await form.getByRole('button', { name: 'Find device' }).click();
  await fact(page, 'Device').getByRole('link', { name: deviceId }).click();
  await expect(
    page.getByRole('heading', { name: new RegExp(`^Device ${deviceId}`), level: 1 }),
  ).toBeVisible();

  const info = page.getByRole('region', { name: 'Information' });
  await expect(fact(info, 'Id')).toHaveText(deviceId);
  await expect(fact(info, 'Device type')).toHaveText(CUSTOM_TYPE);
  await expect(fact(info, 'Token')).toContainText(device.tokenType ?? '—');
  await expect(info.getByRole('button', { name: 'Show PAC' })).toBeVisible();

  const tokenState = page.getByRole('region', { name: 'Token state' });
  await expect(fact(tokenState, 'State')).toHaveText(token.detailMessage);
  await expect(fact(tokenState, 'Type')).toHaveText(device.tokenType ?? '—');

  const networkState = page.getByRole('region', { name: 'Network state' });
  await expect(networkState).toContainText(network.networkStatus === 'OK' ? 'OK' : 'Not OK (NOK)');

  const metricsRegion = page.getByRole('region', { name: 'Message metrics' });
  await expect(fact(metricsRegion, 'Last day')).toHaveText(String(metrics.lastDay));
  await expect(fact(metricsRegion, 'Last week')).toHaveText(String(metrics.lastWeek));
  await expect(fact(metricsRegion, 'Last month')).toHaveText(String(metrics.lastMonth));

  const consumptionRegion = page.getByRole('region', { name: 'Consumption' });
  await expect(consumptionRegion.getByLabel('Year')).toHaveValue(String(year));
  await expect(
    consumptionRegion.getByRole('figure', {
      name: `${year}: ${uplink} uplink and ${downlink} downlink frames`,
    }),
  ).toBeVisible();
  await consumptionRegion.getByText('Frames per day').click();
  const perDay = consumptionRegion.getByRole('table', { name: `Consumption ${year}` });
  const firstDay = perDay.getByRole('row').nth(1).getByRole('cell');
  await expect(firstDay.nth(0)).toHaveText(`${year}-01-01`);
  await expect(firstDay.nth(1)).toHaveText(String(consumption.consumptions[0]?.frameCount));
  await expect(firstDay.nth(2)).toHaveText(String(consumption.consumptions[0]?.downlinkFrameCount));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-status-consumption');
});

test('a Custom device type message opens with its decoded fields and bit map', async ({
  editorPage: page,
  sim,
}) => {
  const deviceId = await customDevice(sim, 4);
  // temp 0x00fa = 250, hum 0x41 = 65, then a byte of battery and flags.
  const sent = (await sim.emitMessage(deviceId, '00fa41f0')) as { seqNumber: number; time: number };
  await openDevicePage(page, deviceId);

  const messages = page.getByRole('table', { name: 'Device messages' });
  const row = messages.getByRole('row').nth(1);
  await expect(row.getByRole('cell').nth(3)).toHaveText('00fa41f0');
  await row
    .getByRole('button', { name: `Details of message ${sent.seqNumber} (${shown(sent.time)})` })
    .click();

  const detail = page.getByRole('region', { name: `Message ${sent.seqNumber} of ${shown(sent.time)}` });
  await expect(detail).toBeVisible();
  const fields = detail.getByRole('table', { name: 'Decoded fields' });
  await expect(fields.getByRole('row', { name: /^temp/ }).getByRole('cell')).toHaveText('250');
  await expect(fields.getByRole('row', { name: /^hum/ }).getByRole('cell')).toHaveText('65');
  await expect(fields.getByRole('row', { name: /^batt/ })).toBeVisible();
  const bitMap = detail.getByRole('table', { name: 'Message bit map' });
  // A header row and one row per byte of the 4-byte payload.
  await expect(bitMap.getByRole('row')).toHaveCount(5);
  await expect(bitMap.getByRole('rowheader', { name: '0', exact: true })).toBeVisible();
  const legend = detail.getByRole('list', { name: 'Message bit map legend' });
  await expect(legend.getByRole('listitem').filter({ hasText: /^temp: int:16, 16 bits$/ })).toBeVisible();
  await expect(legend.getByRole('listitem').filter({ hasText: /^hum: uint:8, 8 bits$/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-message-detail');

  await detail.getByRole('button', { name: 'Close details' }).click();
  await expect(detail).toHaveCount(0);
});

test('a new message appears in the device messages without a reload', async ({ editorPage: page, sim }) => {
  test.setTimeout(60_000);
  const deviceId = await customDevice(sim, 5);
  await openDevicePage(page, deviceId);
  const messages = page.getByRole('table', { name: 'Device messages' });
  await expect(messages.getByRole('row').nth(1)).toBeVisible();
  await expect(page.getByText(/^Last updated .*, checked every 15 seconds$/)).toBeVisible();

  const sent = (await sim.emitMessage(deviceId, '00c84b30')) as { seqNumber: number; time: number };
  // The list is read again every 15 s: the message shows within two rounds, no reload.
  const latest = messages.getByRole('row').nth(1);
  await expect(latest).toContainText('00c84b30', { timeout: 30_000 });
  await expect(latest.getByRole('cell').nth(0)).toHaveText(shown(sent.time));
  await expect(latest.getByRole('cell').nth(2)).toHaveText(new RegExp(`^${sent.seqNumber}\\b`));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-messages-live');
});

test('a time range shows only the messages sent within it', async ({ editorPage: page, sim }) => {
  const deviceId = await customDevice(sim, 6);
  const { data } = await sim.api<{ data: ApiMessage[] }>(`/api/devices/${deviceId}/messages?limit=10`);
  // Four messages in the middle of the last ten (newest first): one newer and older ones stay out.
  const inRange = data.slice(2, 6);
  const newest = inRange[0];
  const oldest = inRange[inRange.length - 1];
  if (!newest || !oldest || data.length < 8) throw new Error(`${deviceId} has too few messages`);
  // To the minute: since strictly before the oldest, before strictly after the newest.
  const since = Math.floor((oldest.time - 1) / 60) * 60;
  const before = Math.floor(newest.time / 60) * 60 + 60;
  expect(data[1]?.time ?? 0).toBeGreaterThanOrEqual(before);
  expect(data[6]?.time ?? Number.POSITIVE_INFINITY).toBeLessThan(since);

  await openDevicePage(page, deviceId);
  const range = page.getByRole('form', { name: 'Time range' });
  await range.getByLabel('Since').fill(localInput(since));
  await range.getByLabel('Before').fill(localInput(before));
  await range.getByRole('button', { name: 'Apply time range' }).click();
  await expect(page).toHaveURL(/[?&]since=.*before=/);
  await expect(range.getByRole('button', { name: 'Clear time range' })).toBeVisible();

  const rows = page.getByRole('table', { name: 'Device messages' }).getByRole('row');
  await expect(rows).toHaveCount(inRange.length + 1);
  for (const [i, m] of inRange.entries()) {
    const cells = rows.nth(i + 1).getByRole('cell');
    await expect(cells.nth(0)).toHaveText(shown(m.time));
    await expect(cells.nth(2)).toHaveText(new RegExp(`^${m.seqNumber}\\b`));
    await expect(cells.nth(3)).toHaveText(m.data);
  }
  // A window that ends in the past is not polled.
  await expect(page.getByText(/^Last updated /)).not.toContainText('checked every');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'device-messages-range');

  await range.getByRole('button', { name: 'Clear time range' }).click();
  await expect(rows.nth(1).getByRole('cell').nth(3)).toHaveText(data[0]?.data ?? '');
});
