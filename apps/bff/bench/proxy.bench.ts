import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../src/config.ts';
import { type LoadResult, runLoad } from './load.ts';
import { NGINX, startNginx, waitForPort } from './nginx.ts';

/*
 * `pnpm bench`: requests per second and p50/p99 latency of one catalogue GET
 * (getDeviceType), three ways in one run: straight to the simulator, through the
 * BFF, and through nginx as a plain reverse proxy when /usr/sbin/nginx exists.
 * Every server is a separate process on 127.0.0.1; the load generator runs here.
 */

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5000);
/** Load applied but not measured before each row: JIT, schema compilation, connection pools. */
const WARMUP_MS = 3000;
/** The fixed rate of the latency rows: well under every target's capacity, so latency is work, not queueing. */
const RATE = Number(process.env.BENCH_RATE ?? 1000);
/** nginx worker processes: 1 compares one process with one process. */
const NGINX_WORKERS = Number(process.env.BENCH_NGINX_WORKERS ?? 1);
const MAX_REQUESTS = 2_000_000;
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const children: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function start(args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(tsx, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  return child;
}

async function waitForFile(file: string): Promise<string> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${file} never appeared`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sfc-bench-'));
  try {
    const credsFile = join(dir, 'sim.json');
    start([
      'apps/sim/src/cli.ts',
      '--port',
      '0',
      '--memory',
      '--devices',
      '200',
      '--no-live',
      '--credentials-out',
      credsFile,
    ]);
    const sim = JSON.parse(await waitForFile(credsFile)) as { url: string; login: string; password: string };
    const basic = `Basic ${Buffer.from(`${sim.login}:${sim.password}`).toString('base64')}`;
    const types = (await (
      await fetch(`${sim.url}/api/devicetypes?includeSubGroups=true`, { headers: { authorization: basic } })
    ).json()) as {
      data: { id: string }[];
    };
    const path = `/api/devicetypes/${types.data[0]?.id}`;

    const bffPort = await freePort();
    const adminPassword = 'bench-admin-password';
    start(['apps/bff/src/main.ts'], {
      PORT: String(bffPort),
      SIGFOX_API_URL: sim.url,
      SIGFOX_API_LOGIN: sim.login,
      SIGFOX_API_PASSWORD: sim.password,
      CONSOLE_DATA_DIR: join(dir, 'bff'),
      CONSOLE_ADMIN_PASSWORD: adminPassword,
    });
    await waitForPort(bffPort, '/healthz');
    const bffUrl = `http://127.0.0.1:${bffPort}`;
    const login = await fetch(`${bffUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: bffUrl },
      body: JSON.stringify({ username: 'admin', password: adminPassword }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const measure = async (url: string, headers: Record<string, string>): Promise<Row> => {
      const base = { url, path, headers, connections: CONNECTIONS, maxRequests: MAX_REQUESTS };
      const saturated = await runLoad({ ...base, warmupMs: WARMUP_MS, durationMs: DURATION_MS });
      const paced = await runLoad({ ...base, warmupMs: 1000, durationMs: DURATION_MS, rate: RATE });
      return { saturated, paced };
    };

    const rows: [string, Row][] = [];
    rows.push(['direct (simulator)', await measure(sim.url, { authorization: basic })]);
    rows.push(['through the BFF', await measure(bffUrl, { cookie })]);
    const nginx = await startNginx(join(dir, 'nginx'), await freePort(), sim.url, basic, NGINX_WORKERS);
    if (nginx) {
      rows.push([
        `through nginx (${NGINX_WORKERS} worker${NGINX_WORKERS > 1 ? 's' : ''})`,
        await measure(nginx.url, {}),
      ]);
      await nginx.stop();
    } else {
      process.stdout.write(
        `nginx not found at ${NGINX}: skipping the nginx row (apt-get install nginx-light to measure it)\n`,
      );
    }
    report(rows, path);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Row {
  saturated: LoadResult;
  paced: LoadResult;
}

function report(rows: [string, Row][], path: string): void {
  const out = [
    `GET ${path.replace(/[0-9a-f]{24}/, '{id}')}, ${CONNECTIONS} connections, ${DURATION_MS / 1000} s per row`,
  ];
  out.push('', 'Saturated (closed loop: each connection sends as soon as it has its answer)', '');
  out.push('| path | req/s | p50 ms | p99 ms | errors |', '| --- | ---: | ---: | ---: | ---: |');
  for (const [name, { saturated: r }] of rows) {
    out.push(`| ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} |`);
  }
  out.push('', `Paced at ${RATE} req/s (open loop, latency from each request's due time)`, '');
  out.push('| path | req/s | p50 ms | p99 ms | errors |', '| --- | ---: | ---: | ---: | ---: |');
  for (const [name, { paced: r }] of rows) {
    out.push(`| ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.errors} |`);
  }
  const [direct, bff, nginx] = rows.map(([, r]) => r);
  if (direct && bff) {
    out.push(
      '',
      `BFF/direct throughput: ${(bff.saturated.rps / direct.saturated.rps).toFixed(2)}`,
      `Added p99, saturated: ${(bff.saturated.p99 - direct.saturated.p99).toFixed(2)} ms; paced: ${(bff.paced.p99 - direct.paced.p99).toFixed(2)} ms`,
    );
  }
  if (nginx && bff) {
    out.push(
      `BFF/nginx throughput: ${(bff.saturated.rps / nginx.saturated.rps).toFixed(2)}`,
      `Added p99 over nginx, paced: ${(bff.paced.p99 - nginx.paced.p99).toFixed(2)} ms`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  for (const c of children) c.kill('SIGTERM');
  process.exitCode = 1;
});
