#!/usr/bin/env node
// Installs everything a fresh machine (Node 20 + npm) lacks: pnpm, the workspace's
// packages (better-sqlite3 compiled against the local Node headers) and, with
// --browsers, Debian's Chromium for the end-to-end tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PNPM_VERSION = '12.4.2';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const withBrowsers = process.argv.includes('--browsers');

function run(cmd, args, env = process.env) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`setup: "${cmd} ${args.join(' ')}" failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

function pnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

if (pnpmVersion() !== PNPM_VERSION) {
  // Newer pnpm releases refuse this registry's unsigned metadata: pin the known-good one.
  run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]);
}

// node-gyp must build better-sqlite3 against this Node's own headers (no download).
const nodedir = process.env.npm_config_nodedir ?? dirname(dirname(process.execPath));
run('pnpm', ['install', '--frozen-lockfile'], { ...process.env, npm_config_nodedir: nodedir });

if (withBrowsers && !existsSync('/usr/bin/chromium')) {
  // Playwright cannot download its own browser here: use Debian's.
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args]) : run('apt-get', args));
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'chromium']);
}
console.log('setup: done');
