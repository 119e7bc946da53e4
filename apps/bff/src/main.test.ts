import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './config.ts';
import { fakeUpstream } from './testing/http.ts';

/* The entry point, as a process. */

// Run tsx's CLI with this Node, so the clean environment needs no PATH.
const tsx = [join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')];
const here = join(repoRoot, 'apps', 'bff', 'src');
const children: ChildProcess[] = [];

/** A clean environment: only what the test sets, so the developer's own variables cannot leak in. */
function env(extra: Record<string, string>): Record<string, string> {
  return { CONSOLE_ACCESS_LOG: 'false', ...extra };
}

afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

describe('main.ts', () => {
  it('stops with exit code 2 and names the bad variable', () => {
    const r = spawnSync(process.execPath, [...tsx, join(here, 'main.ts')], {
      env: env({ PORT: 'eighty' }),
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('PORT');
  });

  it('starts against a configured upstream, prints the URL and the generated admin password, stops on SIGTERM', async () => {
    const upstream = await fakeUpstream((_q, res) => res.end('{"data":[]}'));
    const dataDir = mkdtempSync(join(tmpdir(), 'sfc-main-'));
    const child = spawn(process.execPath, [...tsx, join(here, 'main.ts')], {
      env: env({
        PORT: '0',
        SIGFOX_API_URL: upstream.url,
        SIGFOX_API_LOGIN: 'main-login',
        SIGFOX_API_PASSWORD: 'main-password-77',
        CONSOLE_DATA_DIR: dataDir,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let err = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr?.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /Sigfox console on (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
        if (m?.[1] && err.includes('(shown once')) resolve(m[1]);
      });
      child.once('exit', () => reject(new Error(err)));
    });
    expect(err).toMatch(/Log in as "admin" with the generated password: [A-Za-z0-9_-]{20}/);
    expect(err).not.toContain('main-password-77');
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    await upstream.close();
  }, 30_000);
});
