/**
 * `pnpm bench`: seeds a large fleet into a temporary database file, serves it over
 * real HTTP and measures the latency of four pages a console shows most. Sizes can
 * be changed with BENCH_DEVICES, BENCH_HISTORY_DAYS and BENCH_REQUESTS. BENCH_DB=path
 * keeps the database there (seeded on the first run, reused by the next ones, which
 * then measure the pages only).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { encodeCursor } from '../src/http/paging.ts';
import { createSimulator } from '../src/index.ts';

const DEVICES = Number(process.env.BENCH_DEVICES ?? 100_000);
const HISTORY_DAYS = Number(process.env.BENCH_HISTORY_DAYS ?? 2);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const WARMUP = 30;
const NOW = Date.UTC(2026, 10, 20);

/** Deterministic choices, so two runs ask for the same pages. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

const dir = mkdtempSync(join(tmpdir(), 'sfc-sim-bench-'));

/** `pnpm sim` on the seeded file, without live traffic; resolves once it listens. */
function startServer(db: string) {
  const out = join(dir, 'credentials.json');
  const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');
  const cli = join(import.meta.dirname, '../src/cli.ts');
  const child = spawn(tsx, [cli, '--db', db, '--port', '0', '--no-live', '--credentials-out', out], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise<{ url: string; login: string; password: string; stop(): Promise<void> }>(
    (resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the simulator exited (${code})`)));
      child.stdout.on('data', (chunk: Buffer) => {
        if (!chunk.toString().includes('Listening on')) return;
        const creds = JSON.parse(readFileSync(out, 'utf8')) as {
          url: string;
          login: string;
          password: string;
        };
        resolve({
          ...creds,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      });
    },
  );
}
const file = process.env.BENCH_DB ?? join(dir, 'bench.db');
process.stderr.write(
  `Seeding ${DEVICES.toLocaleString('en')} devices, ${HISTORY_DAYS} days of history into ${file}\n`,
);
let lastShown = 0;
const t0 = performance.now();
const sim = createSimulator({
  db: file,
  seed: 1,
  devices: DEVICES,
  historyDays: HISTORY_DAYS,
  now: NOW,
  onProgress: (p) => {
    if (p.phase === 'history' && p.records !== undefined && performance.now() - lastShown > 2000) {
      lastShown = performance.now();
      process.stderr.write(
        `  ${p.records.toLocaleString('en')} records, ${((lastShown - t0) / 1000).toFixed(0)} s\n`,
      );
    }
  },
});
const seedSeconds = (performance.now() - t0) / 1000;
const count = (table: string): number =>
  (sim.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const rows = {
  devices: count('devices'),
  messages: count('messages'),
  statusEvents: count('status_events'),
  callbackErrors: count('callback_errors'),
};

const types = sim.db
  .prepare('SELECT type_id AS id, min(num) AS lo, max(num) AS hi FROM devices GROUP BY type_id')
  .all() as {
  id: string;
  lo: number;
  hi: number;
}[];
const devices = (sim.db.prepare('SELECT id FROM devices ORDER BY num').all() as { id: string }[]).map(
  (d) => d.id,
);
const timeRange = sim.db.prepare('SELECT min(time) AS lo, max(time) AS hi FROM messages').get() as {
  lo: number;
  hi: number;
};
const pick = lcg(42);
sim.close();

/*
 * The server runs in its own process, started by the command line as the BFF starts
 * it, so client and server do not share one event loop (the machine has two cores).
 */
const server = await startServer(file);
const authorization = `Basic ${Buffer.from(`${server.login}:${server.password}`).toString('base64')}`;

/** Each page: half first pages, half somewhere inside the list (a cursor or a `before`), varied ids. */
const pages: Record<string, (i: number) => string> = {
  'devices of a type': (i) => {
    const type = types[pick(types.length)]!;
    const at = type.lo + pick(Math.max(1, type.hi - type.lo));
    return `/api/devicetypes/${type.id}/devices${i % 2 === 0 ? '' : `?cursor=${encodeCursor('num', [at])}`}`;
  },
  'messages of a device': (i) => {
    const device = devices[pick(devices.length)]!;
    const before = timeRange.lo + pick(timeRange.hi - timeRange.lo);
    return `/api/devices/${device}/messages${i % 2 === 0 ? '' : `?before=${before}`}`;
  },
  'messages of a device type': (i) => {
    const type = types[pick(types.length)]!;
    const before = timeRange.lo + pick(timeRange.hi - timeRange.lo);
    return `/api/devicetypes/${type.id}/messages${i % 2 === 0 ? '' : `?before=${before}`}`;
  },
  'callback errors': (i) => {
    const type = types[pick(types.length)]!;
    return `/api/callbacks/messages/error${i % 2 === 0 ? '' : `?deviceTypeId=${type.id}`}`;
  },
};

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

interface Result {
  page: string;
  n: number;
  p50: number;
  p95: number;
  max: number;
  records: number;
}

const results: Result[] = [];
for (const [page, pathOf] of Object.entries(pages)) {
  const times: number[] = [];
  let records = 0;
  for (let i = 0; i < WARMUP + REQUESTS; i += 1) {
    const path = pathOf(i);
    const start = performance.now();
    const res = await fetch(`${server.url}${path}`, { headers: { authorization } });
    const text = await res.text();
    const ms = performance.now() - start;
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${text}`);
    const body = JSON.parse(text) as { data?: unknown[] };
    if (i >= WARMUP) {
      times.push(ms);
      records += body.data?.length ?? 0;
    }
  }
  times.sort((a, b) => a - b);
  results.push({
    page,
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times.at(-1) ?? Number.NaN,
    records: Math.round(records / times.length),
  });
}

await server.stop();
rmSync(dir, { recursive: true, force: true });

const fmt = (ms: number) => ms.toFixed(2).padStart(8);
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
  `${rows.devices.toLocaleString('en')} devices, ${rows.messages.toLocaleString('en')} messages, ` +
    `${rows.statusEvents.toLocaleString('en')} status events, ${rows.callbackErrors.toLocaleString('en')} callback errors: ` +
    (sim.seedResult.seeded
      ? `seeded in ${seedSeconds.toFixed(1)} s`
      : `reused ${file} (opened in ${seedSeconds.toFixed(1)} s)`),
  '',
  `| page                      | requests | records/page |  p50 ms |  p95 ms |  max ms |`,
  `| ------------------------- | -------: | -----------: | ------: | ------: | ------: |`,
  ...results.map(
    (r) =>
      `| ${r.page.padEnd(25)} | ${String(r.n).padStart(8)} | ${String(r.records).padStart(12)} |${fmt(r.p50)} |${fmt(r.p95)} |${fmt(r.max)} |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
const slow = results.filter((r) => r.p95 >= 10);
if (slow.length > 0)
  process.stdout.write(`Above the 10 ms p95 target: ${slow.map((r) => r.page).join(', ')}\n`);
