import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

const Credentials = z.object({ url: z.url(), login: z.string().min(1), password: z.string().min(1) });
export type SimCredentials = z.infer<typeof Credentials>;

export interface SimChild extends SimCredentials {
  stop(): Promise<void>;
}

/**
 * Starts the embedded simulator as a child process (apps never import apps,
 * docs/decisions/001-workspace-boundaries.md) and waits for the credentials file it
 * writes once it serves. Its stdout prints the credentials, so it is not passed on;
 * the file lives in a private temporary directory and is removed once read.
 */
export async function startSimulator(
  repoRoot: string,
  dataDir: string,
  opts: { timeoutMs?: number; devices?: number } = {},
): Promise<SimChild> {
  const timeoutMs = opts.timeoutMs ?? 180_000;
  const size = opts.devices === undefined ? [] : ['--devices', String(opts.devices)];
  const dir = mkdtempSync(join(tmpdir(), 'sfc-sim-'));
  const file = join(dir, 'credentials.json');
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  const child = spawn(
    tsx,
    [
      'apps/sim/src/cli.ts',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--db',
      join(dataDir, 'sim.db'),
      '--credentials-out',
      file,
      ...size,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // The child must not outlive the BFF, however the BFF ends.
  const killOnExit = () => child.kill('SIGTERM');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  try {
    const creds = await waitForFile(child, file, timeoutMs);
    return { ...creds, stop: () => stopChild(child) };
  } catch (err) {
    await stopChild(child);
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function waitForFile(child: ChildProcess, file: string, timeoutMs: number): Promise<SimCredentials> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const onExit = (code: number | null) => {
      clearInterval(timer);
      reject(new Error(`The simulator exited (code ${code}) before it was ready`));
    };
    child.once('exit', onExit);
    // Polling a file the simulator writes atomically (write then rename).
    const timer = setInterval(() => {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        if (Date.now() - started > timeoutMs) {
          clearInterval(timer);
          child.off('exit', onExit);
          reject(new Error('The simulator did not start in time'));
        }
        return;
      }
      clearInterval(timer);
      child.off('exit', onExit);
      resolve(Credentials.parse(JSON.parse(text)));
    }, 100);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
