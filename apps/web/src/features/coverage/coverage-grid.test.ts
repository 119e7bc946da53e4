import { describe, expect, it } from 'vitest';
import { cellSizeAt, chunk, coverageGrid, MAX_GRID_CELLS } from './coverage-grid.ts';

/** The box a 1200 × 480 px map shows around a centre at a zoom (Web Mercator, 256 px tiles). */
function viewBox(lat: number, lng: number, zoom: number, width = 1200, height = 480) {
  const degPerPx = 360 / (256 * 2 ** zoom);
  const y = (l: number) => Math.log(Math.tan(Math.PI / 4 + (l * Math.PI) / 360)) * (180 / Math.PI);
  const lat0 = (v: number) => (2 * Math.atan(Math.exp((v * Math.PI) / 180)) - Math.PI / 2) * (180 / Math.PI);
  return {
    south: lat0(y(lat) - (height / 2) * degPerPx),
    north: lat0(y(lat) + (height / 2) * degPerPx),
    west: lng - (width / 2) * degPerPx,
    east: lng + (width / 2) * degPerPx,
  };
}

const columnsOf = (cells: { west: number }[]) => new Set(cells.map((c) => c.west)).size;
const rowsOf = (cells: { south: number }[]) => new Set(cells.map((c) => c.south)).size;

describe('coverage grid', () => {
  it('makes cells a quarter tile (64 px) wide: about 20 × 8 on a 1200 × 480 px map, at any latitude', () => {
    expect(cellSizeAt(10)).toBeCloseTo(360 / 4096);
    for (const lat of [0, 43.6, 60]) {
      const cells = coverageGrid(viewBox(lat, 1.44, 10), 10);
      expect(columnsOf(cells)).toBeGreaterThanOrEqual(19);
      expect(columnsOf(cells)).toBeLessThanOrEqual(20);
      expect(rowsOf(cells)).toBeGreaterThanOrEqual(8);
      expect(rowsOf(cells)).toBeLessThanOrEqual(9);
    }
  });

  it('covers the whole view, each cell centred in its box', () => {
    const box = viewBox(43.6, 1.44, 11);
    const cells = coverageGrid(box, 11);
    expect(Math.min(...cells.map((c) => c.south))).toBeLessThanOrEqual(box.south);
    expect(Math.max(...cells.map((c) => c.north))).toBeGreaterThanOrEqual(box.north);
    expect(Math.min(...cells.map((c) => c.west))).toBeLessThanOrEqual(box.west);
    expect(Math.max(...cells.map((c) => c.east))).toBeGreaterThanOrEqual(box.east);
    for (const c of cells) {
      expect(c.lat).toBeGreaterThan(c.south);
      expect(c.lat).toBeLessThan(c.north);
      expect(c.lng).toBeCloseTo((c.west + c.east) / 2, 5);
    }
  });

  it('snaps to one global grid, so a pan reuses the cells already asked about', () => {
    const before = coverageGrid(viewBox(43.6, 1.44, 10), 10);
    const after = coverageGrid(viewBox(43.62, 1.5, 10), 10);
    const asked = new Set(before.map((c) => `${c.point.lat},${c.point.lng}`));
    const reused = after.filter((c) => asked.has(`${c.point.lat},${c.point.lng}`));
    expect(reused.length).toBeGreaterThan(after.length * 0.6);
    expect(new Set(after.map((c) => c.key)).size).toBe(after.length);
  });

  it('takes a coarser level when a view would hold too many cells', () => {
    const huge = viewBox(43.6, 1.44, 10, 1800, 1200);
    const cells = coverageGrid(huge, 10);
    expect(cells.length).toBeLessThanOrEqual(MAX_GRID_CELLS);
    expect(cells.length).toBeGreaterThan(MAX_GRID_CELLS / 4);
    expect(cells[0]!.east - cells[0]!.west).toBeCloseTo(2 * cellSizeAt(10));
  });

  it('asks about longitudes across the antimeridian as -180..180, and never past 85° latitude', () => {
    const cells = coverageGrid({ south: 84, north: 89, west: 175, east: 185 }, 4);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(Math.abs(c.point.lng)).toBeLessThanOrEqual(180);
      expect(c.lat).toBeLessThan(85.1);
    }
    expect(cells.some((c) => c.lng > 180 && c.point.lng < 0)).toBe(true);
  });
});

describe('chunk', () => {
  it('splits into runs of at most the size, in order', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    const runs = chunk(items, 100);
    expect(runs.map((r) => r.length)).toEqual([100, 100, 50]);
    expect(runs.flat()).toEqual(items);
    expect(chunk([], 100)).toEqual([]);
  });
});
