import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { InteractionResult, LoadDetails, LoadTimings } from './measure.ts';

/** Everything measured for one fleet size. */
export interface SizeResult {
  devices: number;
  /** /proc/loadavg before and after this size (the machine is shared; numbers are noisy). */
  loadBefore: string;
  loadAfter: string;
  /** Simulator start, seed included. */
  seedSeconds: number;
  load: LoadTimings;
  details: LoadDetails;
  interaction: InteractionResult;
  interactionSteps: number;
}

/** The targets, at 100,000 devices. */
export const TARGETS = { renderAfterDataMs: 2000, p95FrameMs: 33 } as const;

const n = (v: number) => v.toLocaleString('en');
const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '–');
const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

type StepFigure = 'inputToRenderMs' | 'moveendToRenderMs' | 'workerViewMs' | 'markers';
const stepMedian = (r: SizeResult, key: StepFigure) => median(r.interaction.steps.map((s) => s[key]));
const stepMax = (r: SizeResult, key: StepFigure) => Math.max(...r.interaction.steps.map((s) => s[key]));

interface Figure {
  name: string;
  value: (r: SizeResult) => number;
  text: (v: number) => string;
}

const ms1 = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : '–');

const FIGURES: Figure[] = [
  { name: 'simulator start (seed)', value: (r) => r.seedSeconds * 1000, text: ms },
  { name: 'navigation → data loaded', value: (r) => r.load.dataLoadedMs, text: ms },
  { name: 'data loaded → first clustered render', value: (r) => r.load.renderAfterDataMs, text: ms },
  { name: 'navigation → first clustered render', value: (r) => r.load.firstRenderMs, text: ms },
  {
    name: 'data loaded → render of the fitted view',
    value: (r) => r.details.settledRenderAfterDataMs,
    text: ms,
  },
  { name: 'API requests (types + device pages)', value: (r) => r.details.apiRequests, text: n },
  { name: 'first API request → last response', value: (r) => r.details.apiSpanMs, text: ms },
  { name: 'API request: sent → first byte (median)', value: (r) => r.details.apiTtfbMs, text: ms },
  { name: 'API request: sent → last byte (median)', value: (r) => r.details.apiDurationMs, text: ms },
  { name: 'page last byte → next page request (median)', value: (r) => r.details.pageGapMs, text: ms },
  { name: 'page last byte → next page request (sum)', value: (r) => r.details.pageGapTotalMs, text: ms },
  {
    name: 'long tasks until data loaded (total)',
    value: (r) => r.details.longTasksLoading.totalMs,
    text: ms,
  },
  {
    name: 'long tasks data loaded → render (total)',
    value: (r) => r.details.longTasksAfterData.totalMs,
    text: ms,
  },
  { name: 'longest task data loaded → render', value: (r) => r.details.longTasksAfterData.maxMs, text: ms },
  { name: 'worker load: posted → answered', value: (r) => r.details.workerLoadTripMs, text: ms },
  { name: 'worker load: indexing (supercluster)', value: (r) => r.details.workerIndexMs, text: ms },
  {
    name: 'JS heap used after load (MB)',
    value: (r) => r.details.heapUsedMb ?? Number.NaN,
    text: (v) => v.toFixed(1),
  },
  { name: 'markers after load', value: (r) => r.details.markers, text: n },
  { name: 'frames during pan/zoom', value: (r) => r.interaction.frames.frames, text: n },
  { name: 'frame interval median', value: (r) => r.interaction.frames.medianMs, text: ms1 },
  { name: 'frame interval p95', value: (r) => r.interaction.frames.p95Ms, text: ms1 },
  { name: 'frame interval max', value: (r) => r.interaction.frames.maxMs, text: ms1 },
  { name: 'frames that missed a vsync (> 20 ms)', value: (r) => r.interaction.frames.missedVsync, text: n },
  { name: 'frames over 50 ms', value: (r) => r.interaction.frames.over50, text: n },
  { name: 'long tasks during pan/zoom (count)', value: (r) => r.interaction.longTasks.count, text: n },
  { name: 'long tasks during pan/zoom (longest)', value: (r) => r.interaction.longTasks.maxMs, text: ms },
  { name: 'input end → markers updated (median)', value: (r) => stepMedian(r, 'inputToRenderMs'), text: ms },
  { name: 'moveend → markers updated (median)', value: (r) => stepMedian(r, 'moveendToRenderMs'), text: ms },
  { name: 'moveend → markers updated (max)', value: (r) => stepMax(r, 'moveendToRenderMs'), text: ms },
  { name: 'of which worker view request (median)', value: (r) => stepMedian(r, 'workerViewMs'), text: ms },
  { name: 'most markers after a step', value: (r) => stepMax(r, 'markers'), text: n },
  { name: 'markers at the end', value: (r) => r.interaction.markersAtEnd, text: n },
];

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** One size's figures, printed as soon as that size is done. */
export function sizeTable(r: SizeResult): string {
  return [
    `### ${n(r.devices)} devices (${n(r.details.locatedDevices)} located)`,
    `load before: ${r.loadBefore}; after: ${r.loadAfter}`,
    `pan/zoom steps that re-rendered markers: ${r.interaction.steps.length} of ${r.interactionSteps}`,
    `longest frames: ${r.interaction.frames.longest.map(ms1).join(', ')}`,
    '',
    row(['figure', 'value']),
    row(['---', '---:']),
    ...FIGURES.map((f) => row([f.name, f.text(f.value(r))])),
  ].join('\n');
}

function ratioText(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `×${(b / a).toFixed(2)}` : '–';
}

/** Every size side by side, the ratio of the largest to the smallest, and the targets met or not. */
export function summary(results: readonly SizeResult[]): string {
  const first = results[0];
  const last = results.at(-1);
  if (!first || !last) return 'No results.';
  const header = ['figure', ...results.map((r) => n(r.devices))];
  if (results.length > 1) header.push(`${n(last.devices)} / ${n(first.devices)}`);
  const lines = [
    '## Summary',
    '',
    row(header),
    row(['---', ...header.slice(1).map(() => '---:')]),
    ...FIGURES.map((f) => {
      const cells = [f.name, ...results.map((r) => f.text(f.value(r)))];
      if (results.length > 1) cells.push(ratioText(f.value(first), f.value(last)));
      return row(cells);
    }),
    '',
  ];
  const big = results.find((r) => r.devices === 100_000);
  if (!big) return [...lines, 'Targets apply at 100,000 devices, which this run did not measure.'].join('\n');
  const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
  lines.push(
    `Target at 100,000: first render under 2 s after the data is loaded: ${ms(big.load.renderAfterDataMs)}, ${met(big.load.renderAfterDataMs < TARGETS.renderAfterDataMs)}`,
    `Target at 100,000: p95 frame under 33 ms: ${big.interaction.frames.p95Ms.toFixed(1)} ms, ${met(big.interaction.frames.p95Ms < TARGETS.p95FrameMs)}`,
  );
  return lines.join('\n');
}

export function writeJson(file: string, results: readonly SizeResult[], machine: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const body = { at: new Date().toISOString(), machine, targets: TARGETS, results };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
}
