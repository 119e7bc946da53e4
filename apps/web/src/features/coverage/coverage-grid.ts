import type { Bounds, LatLng } from '../../components/map/index.ts';

/*
 * The coverage layer's grid. Cells are snapped to one global grid per zoom level, so a
 * pan reuses the cells (and the cached answers) it already had; only the cells
 * entering the view are new. Rows are even in Web Mercator y, as the map draws them,
 * so a cell is a 64 px square (a quarter of a 256 px tile) at any latitude: about
 * 20 × 8 cells on a laptop's map.
 */

/** The most cells one view asks about; past it the grid takes the next coarser level. */
export const MAX_GRID_CELLS = 300;

/** Beyond this latitude the Web Mercator map ends. */
const MAX_LAT = 85;

const RAD = Math.PI / 180;

/** Web Mercator y of a latitude, scaled like longitude (the world spans -180..180 both ways). */
function mercatorY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;
}

function latitudeOf(y: number): number {
  return (2 * Math.atan(Math.exp(y * RAD)) - Math.PI / 2) / RAD;
}

const clampLat = (lat: number) => Math.min(MAX_LAT, Math.max(-MAX_LAT, lat));

export interface GridCell extends Bounds, LatLng {
  /** Where the cell is drawn: unique per view, even across the antimeridian. */
  key: string;
  /** The centre as asked of the API (longitude wrapped into -180..180): the cache key. */
  point: LatLng;
}

/** Cell side in degrees at a zoom level: 360° over 4 × 2^zoom cells. */
export function cellSizeAt(zoom: number): number {
  return 360 / (4 * 2 ** Math.max(0, Math.round(zoom)));
}

function wrapLng(lng: number): number {
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lng > 0 ? 180 : wrapped;
}

const round6 = (n: number) => Number(n.toFixed(6));

function range(from: number, to: number, size: number): [number, number] {
  return [Math.floor(from / size), Math.ceil(to / size) - 1];
}

function rows(b: Bounds, size: number): [number, number] {
  return range(mercatorY(clampLat(b.south)), mercatorY(clampLat(b.north)), size);
}

/** How many cells a box holds at a cell size. */
function countIn(b: Bounds, size: number): number {
  const [i0, i1] = rows(b, size);
  const [j0, j1] = range(b.west, b.east, size);
  return Math.max(0, i1 - i0 + 1) * Math.max(0, j1 - j0 + 1);
}

/** The cell size for a view: the zoom's own, coarser while the view would hold too many. */
export function gridSizeFor(bounds: Bounds, zoom: number, maxCells = MAX_GRID_CELLS): number {
  let size = cellSizeAt(zoom);
  while (countIn(bounds, size) > maxCells && size < 90) size *= 2;
  return size;
}

/** The cells covering a view, row by row from the south-west. */
export function coverageGrid(bounds: Bounds, zoom: number, maxCells = MAX_GRID_CELLS): GridCell[] {
  const size = gridSizeFor(bounds, zoom, maxCells);
  const [i0, i1] = rows(bounds, size);
  const [j0, j1] = range(bounds.west, bounds.east, size);
  const cells: GridCell[] = [];
  for (let i = i0; i <= i1; i++) {
    const south = latitudeOf(i * size);
    const north = latitudeOf((i + 1) * size);
    const lat = round6(latitudeOf((i + 0.5) * size));
    for (let j = j0; j <= j1; j++) {
      const west = j * size;
      const lng = round6(west + size / 2);
      cells.push({
        key: `${size}:${i}:${j}`,
        south,
        west,
        north,
        east: west + size,
        lat,
        lng,
        point: { lat, lng: round6(wrapLng(lng)) },
      });
    }
  }
  return cells;
}

/** Splits a list into runs of at most `size` items, in order. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const runs: T[][] = [];
  for (let i = 0; i < items.length; i += size) runs.push(items.slice(i, i + size));
  return runs;
}
