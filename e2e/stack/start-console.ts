import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runInForeground } from './children.ts';
import { waitForSimCredentials } from './sim-credentials.ts';
import { files, repoRoot, stack, tsxBin, users } from './stack.ts';

/*
 * Second process of the stack, started once the simulator answers: builds the web
 * app into its own directory (E2E_SKIP_BUILD=1 reuses the last build there, if any), creates
 * the console users with the BFF's users command, then runs the BFF against the
 * simulator, serving that build.
 */

function run(command: string, args: string[], env: NodeJS.ProcessEnv, input?: string): void {
  const result = spawnSync(command, args, {
    cwd: repoRoot,
    env,
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(join(files.webDist, 'index.html'))) {
  run('pnpm', ['--filter', '@sfc/web', 'build', '--outDir', files.webDist, '--emptyOutDir'], process.env);
}

const sim = await waitForSimCredentials(30_000);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  HOST: '127.0.0.1',
  PORT: String(stack.consolePort),
  SIGFOX_API_URL: sim.url,
  SIGFOX_API_LOGIN: sim.login,
  SIGFOX_API_PASSWORD: sim.password,
  CONSOLE_DATA_DIR: files.consoleData,
  CONSOLE_WEB_DIR: files.webDist,
  // Only used on an empty users store; the users command below fills it first, and
  // gives the first editor, "admin", this same password.
  CONSOLE_ADMIN_PASSWORD: users.editor.password,
  CONSOLE_ACCESS_LOG: 'false',
};

for (const user of Object.values(users)) {
  run(tsxBin, ['apps/bff/src/users-cli.ts', 'add', user.username, user.role], env, `${user.password}\n`);
}

runInForeground('The BFF', tsxBin, ['apps/bff/src/main.ts'], env);
