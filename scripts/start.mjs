#!/usr/bin/env node
// `pnpm start`: builds the web app when it exists, then starts the BFF, which serves
// it on one origin and starts the embedded simulator unless SIGFOX_API_URL is set.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

if (existsSync(join(root, 'apps/web/package.json'))) {
  const build = spawnSync('pnpm', ['--filter', '@sfc/web', 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const entry = existsSync(join(root, 'apps/bff/src/main.ts')) ? 'apps/bff/src/main.ts' : 'apps/sim/src/cli.ts';
const child = spawn(tsx, [entry, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
