import type { Locator, Page } from '@playwright/test';
import {
  type LongTask,
  readRecorded,
  startFrameLoop,
  stopFrameLoop,
  VIEW_MARK,
  type WorkerTrip,
} from './instrument.ts';

/*
 * What the bench measures in the page. Timings come from the page's own clock
 * (User Timing marks, requestAnimationFrame), not from Node, so the round trips of
 * the Playwright protocol do not add to them.
 */

const DATA_LOADED = 'fleet:data-loaded';
const CLUSTERED_RENDER = 'fleet:clustered-render';
/** A 100,000 load on a busy two-core machine can take minutes; this only stops a hung run. */
const LOAD_TIMEOUT_MS = 10 * 60_000;
/** Quiet time after the first render, for the fit's animated zoom to settle and render. */
const SETTLE_AFTER_LOAD_MS = 1500;

export interface LoadTimings {
  /** Navigation start → `fleet:data-loaded`. */
  dataLoadedMs: number;
  /** `fleet:data-loaded` → the first `fleet:clustered-render` after it. */
  renderAfterDataMs: number;
  /** Navigation start → that first clustered render. */
  firstRenderMs: number;
}

interface TaskSum {
  count: number;
  totalMs: number;
  maxMs: number;
}

export interface LoadDetails {
  /** "N of M located devices": M. */
  locatedDevices: number;
  /** Fetches of device types and device pages. */
  apiRequests: number;
  /** First API request sent → last API response received. */
  apiSpanMs: number;
  /** Per request, median: sent → first byte (BFF + simulator), and sent → last byte. */
  apiTtfbMs: number;
  apiDurationMs: number;
  /** A device page's last byte → the request of the type's next page (parse, validate), median and sum. */
  pageGapMs: number;
  pageGapTotalMs: number;
  /** Main-thread tasks over 50 ms: navigation → data loaded, and data loaded → first render. */
  longTasksLoading: TaskSum;
  longTasksAfterData: TaskSum;
  /** The worker's `load`: posted → answered, and the indexing time it reports. */
  workerLoadTripMs: number;
  workerIndexMs: number;
  /**
   * Data loaded → markers of the view the map settles on (the fleet fitted). The
   * first render can be of the view before the fit when indexing beats the fit's
   * zoom animation; then this is the later render.
   */
  settledRenderAfterDataMs: number;
  /** `performance.memory.usedJSHeapSize` after the load settled (main thread, not the worker). */
  heapUsedMb: number | null;
  markers: number;
}

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Frames that missed at least one vsync (over 20 ms at 60 Hz), and over 50 ms (a visible stutter). */
  missedVsync: number;
  over50: number;
  longest: number[];
}

export interface StepTiming {
  kind: 'drag' | 'zoom in' | 'zoom out';
  /** Input ended → markers re-rendered (zoom animation included). */
  inputToRenderMs: number;
  /** Moveend (the view request or the URL write, whichever came first) → markers re-rendered. */
  moveendToRenderMs: number;
  /** Of which: the worker's `view` request, posted → answered. */
  workerViewMs: number;
  /** Markers on the map once the step settled. */
  markers: number;
}

export interface InteractionResult {
  frames: FrameStats;
  /** Per pan or zoom step whose markers re-rendered within 10 s. */
  steps: StepTiming[];
  /** Main-thread tasks over 50 ms while the script ran. */
  longTasks: TaskSum;
  markersAtEnd: number;
}

export async function logIn(page: Page, baseUrl: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** Opens /map with a full navigation (a fresh timeOrigin) and waits for the first clustered render. */
export async function openMap(page: Page, baseUrl: string): Promise<LoadTimings> {
  await page.goto(`${baseUrl}/map`);
  const handle = await page.waitForFunction(
    ([loadedName, renderName]) => {
      const loaded = performance.getEntriesByName(loadedName)[0];
      if (!loaded) return null;
      const render = performance.getEntriesByName(renderName).find((e) => e.startTime >= loaded.startTime);
      return render ? { loaded: loaded.startTime, render: render.startTime } : null;
    },
    [DATA_LOADED, CLUSTERED_RENDER] as const,
    { timeout: LOAD_TIMEOUT_MS, polling: 100 },
  );
  const marks = await handle.jsonValue();
  if (!marks) throw new Error('No marks');
  return {
    dataLoadedMs: marks.loaded,
    renderAfterDataMs: marks.render - marks.loaded,
    firstRenderMs: marks.render,
  };
}

function map(page: Page): Locator {
  return page.getByRole('region', { name: 'Fleet map' });
}

/** Cluster and device markers, not the zoom buttons that share the region. */
export function countMarkers(page: Page): Promise<number> {
  return map(page)
    .getByRole('button', { name: /^(Cluster of |Device )/ })
    .count();
}

async function readLocated(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: 'located devices match the filters' });
  const text = (await status.textContent({ timeout: 30_000 })) ?? '';
  const match = /of ([\d,]+) located devices/.exec(text);
  if (!match?.[1]) throw new Error(`Unexpected status "${text}"`);
  return Number(match[1].replaceAll(',', ''));
}

function sumTasks(tasks: readonly LongTask[], from: number, to: number): TaskSum {
  const inside = tasks.filter((t) => t.start >= from && t.start < to);
  return {
    count: inside.length,
    totalMs: inside.reduce((sum, t) => sum + t.duration, 0),
    maxMs: inside.reduce((max, t) => Math.max(max, t.duration), 0),
  };
}

/** Marks, requests and heap, read from the page once the load has settled. */
async function readPageFigures(page: Page) {
  return page.evaluate(
    ([viewName, renderName]) => {
      const api = performance
        .getEntriesByType('resource')
        .filter((e): e is PerformanceResourceTiming => 'initiatorType' in e)
        .filter((e) => e.initiatorType === 'fetch' && /\/api\/devicetypes/.test(e.name));
      const lastView = performance.getEntriesByName(viewName).at(-1)?.startTime ?? 0;
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
      // Each device type's pages are fetched one after the other (`paging.next`): the
      // gap between a page's last byte and the next request is the page's client time.
      const chains = new Map<string, PerformanceResourceTiming[]>();
      for (const e of api) {
        const type = /devicetypes\/([^/?]+)\/devices/.exec(e.name)?.[1];
        if (type) chains.set(type, [...(chains.get(type) ?? []), e]);
      }
      const gaps = [...chains.values()].flatMap((chain) => {
        const sorted = [...chain].sort((a, b) => a.startTime - b.startTime);
        return sorted
          .slice(1)
          .map((e, k) => e.startTime - (sorted[k] as PerformanceResourceTiming).responseEnd);
      });
      return {
        apiRequests: api.length,
        apiTtfbMs: median(api.map((e) => e.responseStart - e.startTime)),
        apiDurationMs: median(api.map((e) => e.duration)),
        pageGapMs: median(gaps),
        pageGapTotalMs: gaps.reduce((sum, g) => sum + g, 0),
        apiSpanMs:
          api.length === 0
            ? 0
            : Math.max(...api.map((e) => e.responseEnd)) - Math.min(...api.map((e) => e.startTime)),
        settledRender:
          performance.getEntriesByName(renderName).find((e) => e.startTime >= lastView)?.startTime ??
          Number.NaN,
        heapUsedMb: memory ? memory.usedJSHeapSize / 2 ** 20 : null,
      };
    },
    [VIEW_MARK, CLUSTERED_RENDER] as const,
  );
}

/** What happened during the load: requests, long tasks, the worker, heap and markers. */
export async function readLoadDetails(page: Page, load: LoadTimings): Promise<LoadDetails> {
  await page.waitForTimeout(SETTLE_AFTER_LOAD_MS);
  const figures = await readPageFigures(page);
  const { longTasks, workerTrips } = await readRecorded(page);
  const loadTrip = workerTrips.find((t) => t.kind === 'load');
  return {
    locatedDevices: await readLocated(page),
    apiRequests: figures.apiRequests,
    apiSpanMs: figures.apiSpanMs,
    apiTtfbMs: figures.apiTtfbMs,
    apiDurationMs: figures.apiDurationMs,
    pageGapMs: figures.pageGapMs,
    pageGapTotalMs: figures.pageGapTotalMs,
    longTasksLoading: sumTasks(longTasks, 0, load.dataLoadedMs),
    longTasksAfterData: sumTasks(longTasks, load.dataLoadedMs, load.firstRenderMs),
    workerLoadTripMs: loadTrip?.roundTripMs ?? Number.NaN,
    workerIndexMs: loadTrip?.workerMs ?? Number.NaN,
    settledRenderAfterDataMs: figures.settledRender - load.dataLoadedMs,
    heapUsedMb: figures.heapUsedMb,
    markers: await countMarkers(page),
  };
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

export function frameStats(intervals: readonly number[]): FrameStats {
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    medianMs: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1) ?? Number.NaN,
    missedVsync: sorted.filter((ms) => ms > 20).length,
    over50: sorted.filter((ms) => ms > 50).length,
    longest: sorted.slice(-5).reverse(),
  };
}

interface StepMarks {
  markers: number;
  since: number;
  input: number;
  view: number;
  render: number;
}

/**
 * Waits for the markers to follow the input that just ended: the first clustered
 * render after the last settled view since `since`, in the page's clock. Also the
 * pause between steps, so each step's moveend work lands inside the frame loop.
 */
async function settle(page: Page, since: number, inputEnd: number): Promise<StepMarks | null> {
  try {
    const handle = await page.waitForFunction(
      ([viewName, renderName, after]) => {
        const views = performance.getEntriesByName(viewName).filter((e) => e.startTime > after);
        const view = views.at(-1)?.startTime;
        if (view === undefined) return null;
        const render = performance.getEntriesByName(renderName).find((e) => e.startTime >= view);
        return render ? { view, render: render.startTime } : null;
      },
      [VIEW_MARK, CLUSTERED_RENDER, since] as const,
      { timeout: 10_000, polling: 'raf' },
    );
    const marks = await handle.jsonValue();
    // A little idle time, as a person pauses between moves; it also catches a late second render.
    await page.waitForTimeout(300);
    return marks && { markers: await countMarkers(page), since, input: inputEnd, ...marks };
  } catch {
    return null;
  }
}

/**
 * The step's own worker `view` request is the last one posted before its render.
 * Leaflet's moveend is the earlier of that request and the URL write: the map's
 * handler sets the viewport and navigates at once, and either can land first.
 */
function stepTiming(kind: StepTiming['kind'], m: StepMarks, trips: readonly WorkerTrip[]): StepTiming {
  const trip = trips.filter((t) => t.kind === 'view' && t.sent > m.since && t.sent <= m.render).at(-1);
  const moveend = Math.min(m.view, trip?.sent ?? m.view);
  return {
    kind,
    inputToRenderMs: m.render - m.input,
    moveendToRenderMs: m.render - moveend,
    workerViewMs: trip?.roundTripMs ?? Number.NaN,
    markers: m.markers,
  };
}

const pageNow = (page: Page) => page.evaluate(() => performance.now());

async function centreOf(page: Page): Promise<{ x: number; y: number }> {
  const box = await map(page).boundingBox();
  if (!box) throw new Error('The fleet map has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Six drags of 300 px that end where they started, so each size pans over the same places. */
const DRAGS: readonly [number, number][] = [
  [300, 0],
  [300, 0],
  [-300, 0],
  [-300, 0],
  [0, 300],
  [0, -300],
];
/** One wheel notch: Leaflet turns any delta up to ~60 px into one zoom level. */
const WHEEL_PX = 50;
const ZOOMS = [-WHEEL_PX, -WHEEL_PX, -WHEEL_PX, -WHEEL_PX, WHEEL_PX, WHEEL_PX, WHEEL_PX, WHEEL_PX];
export const INTERACTION_STEPS = DRAGS.length + ZOOMS.length;

/** A 60 Hz mouse: one move per frame, as a hand makes them (an instant drag would fling the map). */
const MOVE_GAP_MS = 16;
const DRAG_STEPS = 20;

/**
 * A paced drag that holds still before letting go: Leaflet then sees no speed at
 * mouseup and adds no inertia, so every run pans by exactly the same distance.
 */
async function drag(page: Page, dx: number, dy: number): Promise<void> {
  const c = await centreOf(page);
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  for (let k = 1; k <= DRAG_STEPS; k++) {
    await page.mouse.move(c.x + (dx * k) / DRAG_STEPS, c.y + (dy * k) / DRAG_STEPS);
    await page.waitForTimeout(MOVE_GAP_MS);
  }
  // Leaflet keeps the last 50 ms of positions for inertia; after 100 ms still, none is left.
  await page.waitForTimeout(100);
  await page.mouse.up();
}

/** Where the most devices are: the centre of the largest cluster marker (the map centre if none). */
async function densestPoint(page: Page): Promise<{ x: number; y: number }> {
  const clusters = map(page).getByRole('button', { name: /^Cluster of / });
  const biggest = await clusters.evaluateAll((elements) => {
    let best: { x: number; y: number; n: number } | null = null;
    for (const e of elements) {
      const label = e.getAttribute('aria-label') ?? '';
      const n = Number((/^Cluster of ([\d,]+)/.exec(label)?.[1] ?? '0').replaceAll(',', ''));
      const r = e.getBoundingClientRect();
      if (!best || n > best.n) best = { x: r.x + r.width / 2, y: r.y + r.height / 2, n };
    }
    return best;
  });
  return biggest ?? centreOf(page);
}

async function wheel(page: Page, at: { x: number; y: number }, deltaY: number): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, deltaY);
}

/** The fixed input script (6 drags, 4 zoom-ins, 4 zoom-outs), with every frame interval recorded. */
export async function panAndZoom(page: Page): Promise<InteractionResult> {
  const steps: { kind: StepTiming['kind']; marks: StepMarks | null }[] = [];
  const step = async (kind: StepTiming['kind'], input: () => Promise<void>) => {
    const since = await pageNow(page);
    await input();
    steps.push({ kind, marks: await settle(page, since, await pageNow(page)) });
  };
  const started = await pageNow(page);
  await startFrameLoop(page);
  for (const [dx, dy] of DRAGS) await step('drag', () => drag(page, dx, dy));
  // Zooming keeps the point under the mouse fixed: four in and four out over the
  // densest place end where they began, and show the most devices on the way.
  const at = await densestPoint(page);
  for (const deltaY of ZOOMS) await step(deltaY < 0 ? 'zoom in' : 'zoom out', () => wheel(page, at, deltaY));
  const intervals = await stopFrameLoop(page);
  const { workerTrips, longTasks } = await readRecorded(page);
  return {
    frames: frameStats(intervals),
    longTasks: sumTasks(longTasks, started, Number.POSITIVE_INFINITY),
    steps: steps.flatMap((s) => (s.marks ? [stepTiming(s.kind, s.marks, workerTrips)] : [])),
    markersAtEnd: await countMarkers(page),
  };
}
