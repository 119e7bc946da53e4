import { readFile } from 'node:fs/promises';
import { deviceTypeTab, openDeviceType } from '../fixtures/console.ts';
import { expect, test } from '../fixtures/test.ts';

interface DeviceTypeRow {
  name: string;
  payloadType?: string;
  keepAlive?: number;
  group: string;
}

test('the device type list exports as a CSV file with the rows shown', async ({ editorPage: page, sim }) => {
  await page.goto('/device-types?includeSubGroups=true');
  const table = page.getByRole('table', { name: 'Device types' });
  await expect(table.getByRole('link', { name: 'Water meter WM-4' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('device-types.csv');
  const text = await readFile(await download.path(), 'utf8');
  const [header, ...lines] = text.split('\r\n');
  expect(header).toBe('Name,Description,Payload type,Keep alive,Group');

  // One line per device type the upstream lists, with the values it holds.
  const { data } = await sim.api<{ data: DeviceTypeRow[] }>('/api/devicetypes?includeSubGroups=true');
  expect(lines).toHaveLength(data.length);
  await expect(page.getByText(`${data.length} rows`)).toBeVisible();
  const water = data.find((t) => t.name === 'Water meter WM-4');
  expect(lines).toContain(`Water meter WM-4,Basement water meters,Custom,86400,${water?.group}`);
  expect(lines.map((l) => l.split(',')[0]).sort()).toEqual(data.map((t) => t.name).sort());
});

test('the devices of a device type export as CSV, one line per device loaded', async ({
  editorPage: page,
}) => {
  await openDeviceType(page, 'Lone worker button');
  await deviceTypeTab(page, 'Devices').click();
  const table = page.getByRole('table', { name: 'Devices' });
  const firstId = await table.getByRole('row').nth(1).getByRole('cell').first().textContent();
  const count = Number((await page.getByText(/^\d+ rows?/).textContent())?.split(' ')[0]);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('devices.csv');
  const [header, ...lines] = (await readFile(await download.path(), 'utf8')).split('\r\n');
  expect(header).toBe('Device,Name,State,Last message,Average SNR (dB),Average RSSI (dBm),Token');
  expect(lines).toHaveLength(count);
  expect(lines[0]?.split(',')[0]).toBe(firstId);
  for (const line of lines) expect(line).toMatch(/^[0-9A-F]{1,8},[^,]*,[A-Za-z ]+,/);
});
