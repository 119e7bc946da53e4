/**
 * `pnpm bench` (in e2e/): the fleet map (/map) in headless Chromium at 10,000 and
 * 100,000 devices, side by side in one run. For each size: a simulator seeded with
 * that fleet, the BFF in front of it serving one production build of the web app,
 * then login, /map, and a fixed pan-and-zoom script with real mouse input.
 * BENCH_FLEET_SIZES=10000,100000 changes the sizes; BENCH_PROFILE=1 also prints
 * where the main thread spends its time (see profile.ts).
 * Results: the tables on stdout, and bench/results/latest.json.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Browser, chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../stack/chromium.ts';
import { instrument } from './instrument.ts';
import { INTERACTION_STEPS, logIn, openMap, panAndZoom, readLoadDetails } from './measure.ts';
import { type CpuProfileSummary, startCpuProfile } from './profile.ts';
import { buildWeb, type Child, freePort, startBff, startSim } from './processes.ts';
import { type SizeResult, sizeTable, summary, writeJson } from './report.ts';

const SIZES = (process.env.BENCH_FLEET_SIZES ?? '10000,100000').split(',').map((s) => {
  const size = Number(s.trim());
  if (!Number.isInteger(size) || size < 1) throw new Error(`BENCH_FLEET_SIZES: "${s}" is not a size`);
  return size;
});
const PROFILE = process.env.BENCH_PROFILE === '1';
const ADMIN_PASSWORD = 'bench-admin-password-1';
const RESULTS_FILE = join(import.meta.dirname, 'results', 'latest.json');
const CHROMIUM_ARGS = [
  ...chromiumArgs,
  // Unrounded performance.memory figures (Chromium otherwise quantises them).
  '--enable-precise-memory-info',
];

/** Things to undo, last first; on success, on failure and on Ctrl-C alike. */
class Scope {
  private readonly undo: (() => Promise<void> | void)[] = [];
  defer(step: () => Promise<void> | void): void {
    this.undo.push(step);
  }
  async close(): Promise<void> {
    for (let step = this.undo.pop(); step; step = this.undo.pop()) {
      try {
        await step();
      } catch (error) {
        process.stderr.write(`cleanup: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  }
}

const open = new Set<Scope>();
function scope(): Scope {
  const s = new Scope();
  open.add(s);
  s.defer(() => void open.delete(s));
  return s;
}

/** The innermost scope first: a size's servers and page go before the browser and the build. */
async function closeAll(): Promise<void> {
  for (const s of [...open].reverse()) await s.close();
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  // `on`, not `once`: a second Ctrl-C must not kill the bench before its children are stopped.
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write(`${signal}: stopping the bench's processes\n`);
    void closeAll().finally(() => process.exit(130));
  });
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').trim();
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function startStack(devices: number, dir: string, webDir: string, s: Scope) {
  const track = (c: Child) => s.defer(() => c.stop());
  const started = performance.now();
  log(`starting the simulator with ${devices.toLocaleString('en')} devices`);
  const sim = await startSim(devices, join(dir, 'sim-credentials.json'), track);
  const seedSeconds = (performance.now() - started) / 1000;
  log(`simulator ready in ${seedSeconds.toFixed(1)} s; starting the BFF`);
  const consoleDir = join(dir, 'console');
  mkdirSync(consoleDir, { recursive: true, mode: 0o700 });
  const url = await startBff(
    { sim, webDir, dataDir: consoleDir, port: await freePort(), adminPassword: ADMIN_PASSWORD },
    track,
  );
  return { url, seedSeconds };
}

async function measurePage(page: Page, baseUrl: string, devices: number) {
  await instrument(page);
  await logIn(page, baseUrl, ADMIN_PASSWORD);
  const profiler = PROFILE ? await startCpuProfile(page) : undefined;
  const load = await openMap(page, baseUrl);
  const loadProfile = await profiler?.stop();
  log(
    `${devices.toLocaleString('en')}: first clustered render ${load.firstRenderMs.toFixed(0)} ms after navigation`,
  );
  const details = await readLoadDetails(page, load);
  const panProfiler = PROFILE ? await startCpuProfile(page) : undefined;
  const interaction = await panAndZoom(page);
  const panProfile = await panProfiler?.stop();
  return { load, details, interaction, loadProfile, panProfile };
}

function printProfile(title: string, p: CpuProfileSummary | undefined): void {
  if (!p) return;
  process.stdout.write(`\n#### Main-thread CPU profile: ${title} (${p.totalMs.toFixed(0)} ms sampled)\n\n`);
  process.stdout.write(`${p.table}\n`);
}

async function runSize(devices: number, root: string, webDir: string, browser: Browser): Promise<SizeResult> {
  const s = scope();
  try {
    const loadBefore = loadavg();
    const dir = join(root, `fleet-${devices}`);
    mkdirSync(dir, { recursive: true });
    const { url: baseUrl, seedSeconds } = await startStack(devices, dir, webDir, s);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    s.defer(() => context.close());
    const m = await measurePage(await context.newPage(), baseUrl, devices);
    printProfile(`${devices.toLocaleString('en')} devices, navigation → first render`, m.loadProfile);
    printProfile(`${devices.toLocaleString('en')} devices, pan and zoom`, m.panProfile);
    return {
      devices,
      loadBefore,
      loadAfter: loadavg(),
      seedSeconds,
      load: m.load,
      details: m.details,
      interaction: m.interaction,
      interactionSteps: INTERACTION_STEPS,
    };
  } finally {
    // Each size's simulator and BFF go before the next starts: they would share two cores.
    await s.close();
  }
}

async function main(): Promise<void> {
  const s = scope();
  try {
    const root = mkdtempSync(join(tmpdir(), 'sfc-fleet-bench-'));
    s.defer(() => rmSync(root, { recursive: true, force: true }));
    const webDir = join(root, 'web');
    log('building the web app');
    // Unminified when profiling, so the profile names functions; the timings then differ a little.
    buildWeb(webDir, { minify: !PROFILE });
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: CHROMIUM_ARGS,
      // Playwright's own handlers would exit the process before the simulator and BFF are stopped.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    s.defer(() => browser.close());
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, Chromium ${browser.version()}`;
    process.stdout.write(`Machine: ${machine}\n`);
    const results: SizeResult[] = [];
    for (const devices of SIZES) {
      const result = await runSize(devices, root, webDir, browser);
      results.push(result);
      process.stdout.write(`\n${sizeTable(result)}\n`);
    }
    process.stdout.write(`\n${summary(results)}\n`);
    writeJson(RESULTS_FILE, results, machine);
    process.stdout.write(`\nResults: ${RESULTS_FILE}\n`);
  } finally {
    await s.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
