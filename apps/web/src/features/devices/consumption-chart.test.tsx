import { daysInYear } from '@sfc/api';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterType, oid } from '../../test/fixtures.ts';
import { renderApp } from '../../test/render-app.tsx';

/** A year with 2 uplinks and 1 downlink on 2 January only. */
function year(y: number) {
  const consumptions = Array.from({ length: daysInYear(y) }, (_, i) =>
    i === 1 ? { frameCount: 2, downlinkFrameCount: 1 } : { frameCount: 0, downlinkFrameCount: 0 },
  );
  return { id: `1A2B_${y}`, consumptions };
}

describe('consumption chart', () => {
  it("shows this year's frames, and another year chosen in the URL", async () => {
    const seen = installFakeBff({
      'GET /auth/me': () => reply(editorSession),
      'GET /api/devices/1A2B': () => reply({ id: '1A2B', type: oid(10), last: 0, state: 0 }),
      [`GET /api/devicetypes/${oid(10)}`]: () => reply(meterType),
      'GET /api/device/1A2B/consumptions/*': (r) => reply(year(Number(r.path.slice(-4)))),
    });
    const thisYear = new Date().getUTCFullYear();
    renderApp('/devices/1A2B');
    const section = await screen.findByRole('region', { name: 'Consumption' });
    expect(
      await within(section).findByText(`${thisYear}: 2 uplink and 1 downlink frames`),
    ).toBeInTheDocument();
    const table = within(section).getByRole('table', { name: `Consumption ${thisYear}` });
    expect(within(table).getByRole('row', { name: `${thisYear}-01-02 2 1` })).toBeInTheDocument();
    await userEvent.selectOptions(within(section).getByLabelText('Year'), String(thisYear - 1));
    expect(
      await within(section).findByText(`${thisYear - 1}: 2 uplink and 1 downlink frames`),
    ).toBeInTheDocument();
    expect(seen.some((r) => r.path === `/api/device/1A2B/consumptions/${thisYear - 1}`)).toBe(true);
  });
});
