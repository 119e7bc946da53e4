import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the end-to-end stack lives: fixed loopback ports (E2E_SIM_PORT and
 * E2E_CONSOLE_PORT move them), and one run directory derived from the console's
 * port, so the runner, its workers and the launchers all find the same files.
 */

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const tsxBin = join(repoRoot, 'node_modules', '.bin', 'tsx');

const simPort = Number(process.env.E2E_SIM_PORT ?? 8171);
const consolePort = Number(process.env.E2E_CONSOLE_PORT ?? 8172);

export const stack = {
  simPort,
  consolePort,
  simUrl: `http://127.0.0.1:${simPort}`,
  consoleUrl: `http://127.0.0.1:${consolePort}`,
  runDir: join(tmpdir(), `sfc-e2e-${consolePort}`),
  /** A small fleet: seeding takes a few seconds, and every screen still has data. */
  devices: 200,
} as const;

export const files = {
  simCredentials: join(stack.runDir, 'sim-credentials.json'),
  consoleData: join(stack.runDir, 'console'),
  /** Outside the run directory, so that E2E_SKIP_BUILD=1 can reuse it. */
  webDist: join(tmpdir(), `sfc-e2e-web-${consolePort}`),
  authStates: join(stack.runDir, 'auth'),
} as const;

/** Console users of the stack: local test accounts on a throw-away data directory. */
export const users = {
  editor: { username: 'admin', password: 'e2e-admin-password-1', role: 'editor' },
  viewer: { username: 'vera', password: 'e2e-viewer-password-1', role: 'viewer' },
} as const;

export type Role = keyof typeof users;
