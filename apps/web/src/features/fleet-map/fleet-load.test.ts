import type { Device } from '@sfc/api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { installFakeBff, reply } from '../../test/fake-bff.ts';
import { meterType, oid } from '../../test/fixtures.ts';
import { type FleetProgress, loadFleet } from './fleet-load.ts';

afterEach(() => vi.unstubAllGlobals());

const device = (n: number, type: string, at?: { lat: number; lng: number }): Device => ({
  id: n.toString(16).toUpperCase().padStart(6, '0'),
  name: `Meter ${n}`,
  type,
  last: 1_800_000_000,
  state: 0,
  ...(at ? { computedLocation: { ...at, radius: 300 } } : {}),
});

const types = [
  { ...meterType, id: oid(1), name: 'Meters' },
  { ...meterType, id: oid(2), name: 'Trackers' },
];

/** Type 1 has two pages (the second through `next`); type 2 one page, with one device without position. */
function fakeFleet() {
  return installFakeBff({
    'GET /api/devicetypes': () => reply({ data: types }),
    [`GET /api/devicetypes/${oid(1)}/devices`]: (r) =>
      r.search.get('cursor') === 'p2'
        ? reply({ data: [device(3, oid(1), { lat: 45, lng: 5 })] })
        : reply({
            data: [device(1, oid(1), { lat: 43, lng: 1 }), device(2, oid(1), { lat: 44, lng: 2 })],
            paging: { next: `/api/devicetypes/${oid(1)}/devices?limit=1000&cursor=p2` },
          }),
    [`GET /api/devicetypes/${oid(2)}/devices`]: () =>
      reply({ data: [device(4, oid(2), { lat: 48, lng: 2 }), device(5, oid(2))] }),
  });
}

describe('loadFleet', () => {
  it('follows every page of every device type (sub-groups included) and keeps the located devices', async () => {
    const seen = fakeFleet();
    const progress: FleetProgress[] = [];
    const fleet = await loadFleet(new AbortController().signal, (p) => progress.push(p));
    expect(fleet.devices.map((d) => [d.id, d.typeName, d.lat])).toEqual([
      ['000001', 'Meters', 43],
      ['000002', 'Meters', 44],
      ['000003', 'Meters', 45],
      ['000004', 'Trackers', 48],
    ]);
    expect(fleet.unlocated).toBe(1);
    expect(fleet.complete).toBe(true);
    expect(seen.find((r) => r.path === '/api/devicetypes')?.search.get('includeSubGroups')).toBe('true');
    expect(
      seen.filter((r) => r.path.endsWith('/devices')).every((r) => r.search.get('limit') === '1000'),
    ).toBe(true);
    expect(progress.at(-1)).toEqual({ typesDone: 2, typesTotal: 2, devicesLoaded: 5 });
    expect(progress[0]).toEqual({ typesDone: 0, typesTotal: 2, devicesLoaded: 0 });
  });

  it('stops when cancelled, without asking for another page', async () => {
    const seen = fakeFleet();
    const controller = new AbortController();
    const loading = loadFleet(controller.signal, (p) => {
      if (p.devicesLoaded > 0) controller.abort();
    });
    await expect(loading).rejects.toThrow();
    expect(seen.some((r) => r.search.get('cursor') === 'p2')).toBe(false);
  });

  it('ends with the devices read so far when stopped between pages', async () => {
    const seen = fakeFleet();
    let stop = false;
    const fleet = await loadFleet(
      new AbortController().signal,
      (p) => {
        if (p.devicesLoaded > 0) stop = true;
      },
      () => stop,
    );
    expect(fleet.complete).toBe(false);
    expect(fleet.devices.length).toBeGreaterThan(0);
    expect(fleet.devices.length).toBeLessThan(4);
    expect(seen.some((r) => r.search.get('cursor') === 'p2')).toBe(false);
  });
});
