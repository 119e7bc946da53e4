import type { Page } from '@playwright/test';

/*
 * Recorders installed in the page before its own scripts run (addInitScript): long
 * tasks, a mark for every settled map view, the clustering worker's round trips,
 * and a requestAnimationFrame loop. Everything is timed with the page's clock.
 */

/** Set whenever the map writes a settled view into the URL (on Leaflet's moveend). */
export const VIEW_MARK = 'bench:view-settled';

export interface LongTask {
  start: number;
  duration: number;
}

/** One request to the clustering worker and its answer. */
export interface WorkerTrip {
  kind: string;
  /** When the page posted the request. */
  sent: number;
  /** Posted → answer received on the main thread (queueing in the worker included). */
  roundTripMs: number;
  /** Indexing time the worker reports itself (load and filter answers only). */
  workerMs?: number;
}

interface FrameLoop {
  intervals: number[];
  running: boolean;
  last: number;
}

interface Recorded {
  longTasks: LongTask[];
  workerTrips: WorkerTrip[];
  frames?: FrameLoop;
}

declare global {
  interface Window {
    bench?: Recorded;
  }
}

/** Long tasks, view marks and worker trips; call before the navigation to measure. */
export async function instrument(page: Page): Promise<void> {
  // tsx (esbuild, keepNames) wraps named functions in `__name(...)`, a helper that
  // exists in Node only: functions sent to the page would throw without this stand-in.
  await page.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await page.addInitScript((viewMark) => {
    const recorded: Recorded = { longTasks: [], workerTrips: [] };
    window.bench = recorded;
    // The default buffer holds 250 entries; a 100,000 fleet is ~100 pages plus the app.
    performance.setResourceTimingBufferSize(5000);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        recorded.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });

    // The map writes each settled view into the URL with history.replaceState: a mark
    // there times the markers' follow-up from moveend, after any zoom animation.
    const replace = History.prototype.replaceState;
    History.prototype.replaceState = function (this: History, ...args: Parameters<History['replaceState']>) {
      performance.mark(viewMark);
      replace.apply(this, args);
    };

    // Requests carry an id and answers repeat it (cluster-protocol.ts): the time
    // between them is what the map waits for the worker.
    const sent = new Map<number, { kind: string; at: number }>();
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (
      this: Worker,
      ...args: [unknown, (Transferable[] | StructuredSerializeOptions)?]
    ) {
      const message = args[0] as { id?: number; kind?: string } | null;
      if (message?.id !== undefined)
        sent.set(message.id, { kind: message.kind ?? '?', at: performance.now() });
      Reflect.apply(post, this, args);
    };
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        // Registered before the page sets onmessage, so it runs first: the trip ends on arrival.
        this.addEventListener('message', (event: MessageEvent<{ id?: number; millis?: number }>) => {
          const id = event.data.id;
          const request = id === undefined ? undefined : sent.get(id);
          if (!request || id === undefined) return;
          sent.delete(id);
          recorded.workerTrips.push({
            kind: request.kind,
            sent: request.at,
            roundTripMs: performance.now() - request.at,
            ...(event.data.millis === undefined ? {} : { workerMs: event.data.millis }),
          });
        });
      }
    };
  }, VIEW_MARK);
}

export function readRecorded(page: Page): Promise<Omit<Recorded, 'frames'>> {
  return page.evaluate(() => ({
    longTasks: window.bench?.longTasks ?? [],
    workerTrips: window.bench?.workerTrips ?? [],
  }));
}

/** Starts recording every frame-to-frame interval. */
export async function startFrameLoop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const loop: FrameLoop = { intervals: [], running: true, last: 0 };
    if (window.bench) window.bench.frames = loop;
    const tick = (t: number) => {
      if (!loop.running) return;
      if (loop.last > 0) loop.intervals.push(t - loop.last);
      loop.last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

export function stopFrameLoop(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const loop = window.bench?.frames;
    if (!loop) return [];
    loop.running = false;
    return loop.intervals;
  });
}
