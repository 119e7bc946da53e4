import { createInterface } from 'node:readline';
import { ConfigError, loadConfig } from './config.ts';
import { usersCommand } from './users-command.ts';

/** `pnpm users ...`: see USERS_HELP in users-command.ts. */
async function readLine(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return undefined;
}

try {
  const { dataDir } = loadConfig();
  process.exitCode = await usersCommand(dataDir, process.argv.slice(2), {
    readLine,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  });
} catch (err) {
  process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\n`);
  process.exitCode = 2;
}
