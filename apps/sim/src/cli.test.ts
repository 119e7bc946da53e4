import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './config.ts';
import { createSimulator } from './index.ts';

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const CLI = join(REPO_ROOT, 'apps/sim/src/cli.ts');
const dir = mkdtempSync(join(tmpdir(), 'sfc-sim-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command line; resolves once stdout shows `until`, or at exit. */
function start(args: string[], until?: string) {
  const child = spawn(TSX, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (until !== undefined && stdout.includes(until)) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    void exited.then((code) =>
      until === undefined ? resolve() : reject(new Error(`exited ${code}: ${stderr}`)),
    );
  });
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

// Each test starts tsx (a second or more on a busy machine), hence the longer timeout.
describe('pnpm sim', { timeout: 30_000 }, () => {
  it('starts, prints its URL and the root credentials, writes --credentials-out, stops on SIGTERM', async () => {
    const out = join(dir, 'creds.json');
    const run = start(
      [
        '--memory',
        '--port',
        '0',
        '--devices',
        '20',
        '--history-days',
        '1',
        '--no-live',
        '--credentials-out',
        out,
      ],
      'Try: curl',
    );
    await run.ready;
    const creds = JSON.parse(readFileSync(out, 'utf8')) as { url: string; login: string; password: string };
    const { stdout } = run.output();
    expect(stdout).toContain(`Listening on ${creds.url}`);
    expect(stdout).toContain(`Root group API login: ${creds.login}`);
    expect(stdout).toContain(`Password: ${creds.password}`);
    const auth = `Basic ${Buffer.from(`${creds.login}:${creds.password}`).toString('base64')}`;
    const res = await fetch(`${creds.url}/api/groups`, { headers: { authorization: auth } });
    expect(res.status).toBe(200);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output().stderr).toContain('SIGTERM: shutting down');
  });

  it('regenerates credentials with the credentials subcommand', async () => {
    const file = join(dir, 'sim.db');
    const sim = createSimulator({ db: file, devices: 10, historyDays: 1, now: Date.UTC(2026, 10, 20) });
    const old = sim.credentials;
    sim.close();
    const run = start(['credentials', '--db', file]);
    await run.ready;
    expect(await run.exited).toBe(0);
    const printed = JSON.parse(run.output().stdout) as { groupId: string; login: string; password: string };
    expect(printed.groupId).toBe(old.groupId);
    expect(printed.login).not.toBe(old.login);
    const again = createSimulator({ db: file });
    expect(again.credentials).toEqual({
      groupId: old.groupId,
      login: printed.login,
      password: printed.password,
    });
    again.close();
  });

  it('exits 2 with the help on a bad flag', async () => {
    const run = start(['--port', 'abc']);
    expect(await run.exited).toBe(2);
    expect(run.output().stderr).toContain('--port must be a whole number');
    expect(run.output().stderr).toContain('Usage: pnpm sim');
  });
});
