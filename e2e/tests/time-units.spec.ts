import { deviceTypeTab, openDeviceType } from '../fixtures/console.ts';
import { expect, test } from '../fixtures/test.ts';

/** How the browser (en-GB, Europe/Paris) shows a time in a table cell. */
const shortTime = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

test('message times (seconds) and event times (milliseconds) show the same instants as the API, in local time', async ({
  editorPage: page,
  sim,
}) => {
  await openDeviceType(page, 'Cold-chain sensor CS-2');
  const id = new URL(page.url()).pathname.split('/')[2] ?? '';

  const messages = await sim.api<{ data: { time: number }[] }>(`/api/devicetypes/${id}/messages?limit=1`);
  const messageTime = new Date((messages.data[0]?.time ?? 0) * 1000);
  await deviceTypeTab(page, 'Messages').click();
  const firstMessage = page
    .getByRole('table', { name: 'Messages' })
    .getByRole('row')
    .nth(1)
    .getByRole('time');
  await expect(firstMessage).toHaveAttribute('datetime', messageTime.toISOString());
  await expect(firstMessage).toHaveText(shortTime.format(messageTime));
  // The absolute time, with its zone, on hover.
  await expect(firstMessage).toHaveAttribute('title', /\d{2}:\d{2}:\d{2} (CET|CEST)$/);

  const errors = await sim.api<{ data: { time: number }[] }>(`/api/devicetypes/${id}/status/error?limit=1`);
  const eventTime = new Date(errors.data[0]?.time ?? 0);
  await deviceTypeTab(page, 'Events').click();
  const firstEvent = page
    .getByRole('table', { name: 'Error events' })
    .getByRole('row')
    .nth(1)
    .getByRole('time');
  await expect(firstEvent).toHaveAttribute('datetime', eventTime.toISOString());
  await expect(firstEvent).toHaveText(shortTime.format(eventTime));
});
