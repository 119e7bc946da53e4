import { expectNoSeriousA11yViolations } from '../fixtures/a11y.ts';
import { deviceTypeTab, fact, openDeviceType } from '../fixtures/console.ts';
import { screenshot } from '../fixtures/screenshot.ts';
import { expect, test } from '../fixtures/test.ts';

test('an editor creates a BATCH_URL callback with a previewed line pattern', async ({ editorPage: page }) => {
  await openDeviceType(page, 'Panic button');
  await deviceTypeTab(page, 'Callbacks').click();
  await page.getByRole('link', { name: 'Create callback' }).click();
  const form = page.getByRole('form', { name: 'Create callback' });
  // Only valid type/subtype pairs are offered.
  await form.getByLabel('Type', { exact: true }).selectOption({ label: 'SERVICE' });
  await expect(form.getByLabel('Subtype').getByRole('option')).toHaveText([
    'STATUS',
    'ACKNOWLEDGE',
    'REPEATER',
  ]);
  await form.getByLabel('Type', { exact: true }).selectOption({ label: 'DATA' });
  await expect(form.getByLabel('Subtype')).toHaveValue('2');
  await form.getByLabel('Channel').selectOption('BATCH_URL');
  // A batch has no method, headers or body of its own.
  await expect(form.getByLabel('HTTP method')).toHaveCount(0);
  await expect(form.getByRole('button', { name: 'Add header' })).toHaveCount(0);
  await form.getByLabel('URL', { exact: true }).fill('http://127.0.0.1:9/batch');
  await form.getByLabel('Line pattern').fill('{device};{time};{data}');

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(fact(preview, 'Request')).toHaveText('POST http://127.0.0.1:9/batch');
  await expect(fact(preview, 'Line')).toHaveText(/^[0-9A-F]+;\d{10};[0-9a-f]*$/);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'callback-create-batch-url');

  await form.getByRole('button', { name: 'Create callback' }).click();
  const row = page
    .getByRole('table', { name: 'Data callbacks' })
    .getByRole('row')
    .filter({ hasText: 'http://127.0.0.1:9/batch' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').first()).toHaveText('BATCH_URL');
  await expect(row).toContainText('DATA / UPLINK');
  // Only a URL callback of DATA / BIDIR can answer downlinks.
  await expect(row.getByRole('button', { name: 'Select as downlink' })).toHaveCount(0);
});

test('an editor creates an EMAIL error callback, and a device quiet past the keep-alive makes it send the rendered email', async ({
  editorPage: page,
  sim,
}) => {
  await openDeviceType(page, 'Panic button');
  const deviceTypeId = new URL(page.url()).pathname.split('/')[2] ?? '';
  await deviceTypeTab(page, 'Callbacks').click();
  await page.getByRole('link', { name: 'Create callback' }).click();
  const form = page.getByRole('form', { name: 'Create callback' });
  await form.getByLabel('Channel').selectOption('EMAIL');
  await form.getByLabel('Type', { exact: true }).selectOption({ label: 'ERROR' });
  // ERROR has no subtype, and DATA's custom variables do not apply.
  await expect(form.getByLabel('Subtype')).toHaveCount(0);
  await expect(form.getByLabel('Custom variables (payload config)')).toHaveCount(0);
  await form.getByLabel('Recipient').fill('night-shift@acme-iot.example');
  await form.getByLabel('Subject').fill('Panic button {device} is silent');
  await form.getByLabel('Message', { exact: true }).fill('{severity}: {info}');

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(fact(preview, 'To')).toHaveText('night-shift@acme-iot.example');
  await expect(fact(preview, 'Subject')).toHaveText(/^Panic button [0-9A-F]+ is silent$/);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'callback-create-email');

  await form.getByRole('button', { name: 'Create callback' }).click();
  const row = page
    .getByRole('table', { name: 'Error callbacks' })
    .getByRole('row')
    .filter({ hasText: 'night-shift@acme-iot.example' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').first()).toHaveText('EMAIL');

  // With a keep-alive of 30 minutes, a device quiet for longer raises an ERROR event at
  // the next tick of the simulated clock, and the callback sends its email.
  await deviceTypeTab(page, 'Settings').click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('form', { name: 'Edit device type' }).getByLabel('Keep alive').fill('1800');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Device type saved' })).toBeVisible();
  const now = await sim.now();
  const quiet = (await sim.devices(deviceTypeId)).find((d) => d.state === 0 && (d.last + 1800) * 1000 < now);
  expect(quiet, 'a Panic button that has been quiet for 30 minutes').toBeDefined();
  const deviceId = quiet?.id ?? '';
  await sim.advanceClock(60);
  const emails = (await sim.outbox()).filter((m) => m.recipient === 'night-shift@acme-iot.example');
  expect(emails.map((m) => m.subject)).toContain(`Panic button ${deviceId} is silent`);
  expect(emails.find((m) => m.subject.includes(deviceId))?.message).toMatch(
    /^ERROR: No message received since/,
  );

  await deviceTypeTab(page, 'Events').click();
  const events = page.getByRole('table', { name: 'Error events' });
  await expect(events.getByRole('row').filter({ hasText: deviceId }).first()).toContainText(
    `email "Panic button ${deviceId} is silent": 200`,
  );
});
