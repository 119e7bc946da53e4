import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/*
 * The processes of one bench run: the simulator and the BFF, each in its own process
 * group (tsx starts node under itself, so killing the tsx pid alone would leave the
 * server running), on ports found free at run time, never the e2e stack's 8171/8172.
 */

export const repoRoot = resolve(import.meta.dirname, '../..');
const tsxBin = join(repoRoot, 'node_modules', '.bin', 'tsx');
const viteBin = join(repoRoot, 'apps', 'web', 'node_modules', '.bin', 'vite');

export interface Child {
  readonly name: string;
  readonly process: ChildProcess;
  /** SIGTERM to the whole group, SIGKILL if it has not ended after a few seconds. */
  stop(): Promise<void>;
}

export interface SimServer {
  url: string;
  login: string;
  password: string;
}

/** A port nothing listens on now: listen on 0, note the port, close. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (typeof address !== 'object' || address === null) throw new Error('No free port');
  return address.port;
}

function hasEnded(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // ESRCH: the group is gone already, which is what stopping wants.
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (hasEnded(child)) return;
  const exited = once(child, 'exit');
  signalGroup(child, 'SIGTERM');
  const ended = await Promise.race([exited.then(() => true), delay(5000).then(() => false)]);
  if (!ended) {
    signalGroup(child, 'SIGKILL');
    await exited;
  }
}

/** Starts a tsx script detached (its own process group) from the repository root. */
function startTsx(name: string, script: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(tsxBin, [script, ...args], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { name, process: child, stop: () => stopChild(child) };
}

/** Resolves when `text` shows on the child's stdout; rejects if it exits or times out first. */
function waitForOutput(child: Child, text: string, timeoutMs: number): Promise<void> {
  return new Promise((resolveWait, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`${child.name}: no "${text}" after ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.process.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${child.name} exited (code ${code}, signal ${signal})`));
    });
    child.process.stdout?.on('data', (chunk: Buffer) => {
      // Kept short: only the tail is needed to find a line split across chunks.
      seen = (seen + chunk.toString()).slice(-4096);
      if (seen.includes(text)) {
        clearTimeout(timer);
        resolveWait();
      }
    });
  });
}

function readCredentials(file: string): SimServer {
  const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (typeof v.url !== 'string' || typeof v.login !== 'string' || typeof v.password !== 'string')
    throw new Error(`${file} is not a credentials file`);
  return { url: v.url, login: v.login, password: v.password };
}

/**
 * The simulator in memory with `devices` devices. One day of history and no live
 * traffic: the map reads devices only, and a short history keeps a 100,000 seed quick.
 */
export async function startSim(
  devices: number,
  credentialsFile: string,
  track: (c: Child) => void,
): Promise<SimServer> {
  const args = ['--memory', '--seed', '1', '--host', '127.0.0.1', '--port', '0'];
  args.push('--devices', String(devices), '--history-days', '1', '--no-live');
  args.push('--credentials-out', credentialsFile);
  const child = startTsx('The simulator', 'apps/sim/src/cli.ts', args, process.env);
  track(child);
  await waitForOutput(child, 'Listening on', 15 * 60_000);
  return readCredentials(credentialsFile);
}

export interface BffOptions {
  sim: SimServer;
  webDir: string;
  dataDir: string;
  port: number;
  adminPassword: string;
}

async function waitUntilReady(child: Child, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasEnded(child.process)) throw new Error(`${child.name} exited before it was ready`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await delay(200);
  }
  throw new Error(`${child.name}: ${url} not ready after ${timeoutMs} ms`);
}

/** The BFF against the simulator, serving the bench's build; resolves when /readyz answers. */
export async function startBff(o: BffOptions, track: (c: Child) => void): Promise<string> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(o.port),
    SIGFOX_API_URL: o.sim.url,
    SIGFOX_API_LOGIN: o.sim.login,
    SIGFOX_API_PASSWORD: o.sim.password,
    CONSOLE_WEB_DIR: o.webDir,
    CONSOLE_DATA_DIR: o.dataDir,
    CONSOLE_ADMIN_PASSWORD: o.adminPassword,
    CONSOLE_ACCESS_LOG: 'false',
  };
  const child = startTsx('The BFF', 'apps/bff/src/main.ts', [], env);
  track(child);
  const url = `http://127.0.0.1:${o.port}`;
  await waitUntilReady(child, `${url}/readyz`, 60_000);
  return url;
}

/** A production build of the web app into `outDir` (never apps/web/dist, which others use). */
export function buildWeb(outDir: string, o: { minify: boolean }): void {
  const args = ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  if (!o.minify) args.push('--minify', 'false');
  const result = spawnSync(viteBin, args, {
    cwd: join(repoRoot, 'apps', 'web'),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`vite build failed (${result.status ?? result.signal})`);
}
