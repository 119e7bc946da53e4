import { createInterface } from 'node:readline';
import { z } from 'zod';
import { generatePassword, hashPassword } from './auth/passwords.ts';
import { Role, Username, UsersStore } from './auth/users-store.ts';
import { ConfigError, loadConfig } from './config.ts';

const HELP = `Console users (stored in CONSOLE_DATA_DIR/users.json, scrypt-hashed).

Usage: pnpm users <command>
  list                                  list users and roles
  add <username> <viewer|editor>        add a user
  set-password <username>               set a new password (ends that user's sessions)
  set-role <username> <viewer|editor>   change a role (applies to open sessions at once)
  remove <username>                     remove a user (ends their sessions)

Passwords are read from standard input (one line, at least 12 characters), e.g.
  printf '%s\\n' "$PW" | pnpm users add alice viewer
When standard input is a terminal and empty, a random password is generated and printed once.
`;

async function readPassword(): Promise<{ password: string; generated: boolean }> {
  if (process.stdin.isTTY) return { password: generatePassword(), generated: true };
  const rl = createInterface({ input: process.stdin });
  for await (const line of rl) {
    rl.close();
    const password = line.trim();
    if (password.length < 12) throw new Error('The password must be at least 12 characters');
    return { password, generated: false };
  }
  return { password: generatePassword(), generated: true };
}

async function run(args: string[]): Promise<void> {
  const users = new UsersStore(loadConfig().dataDir);
  const [command, name, role] = args;
  if (command === 'list') {
    for (const u of users.list()) process.stdout.write(`${u.username}\t${u.role}\n`);
    return;
  }
  if (command === 'remove') {
    if (!users.remove(Username.parse(name))) throw new Error(`No user ${name}`);
    process.stdout.write(`Removed ${name}\n`);
    return;
  }
  if (command !== 'add' && command !== 'set-password' && command !== 'set-role') {
    process.stdout.write(HELP);
    if (command !== undefined && command !== 'help' && command !== '--help') process.exitCode = 2;
    return;
  }
  const username = Username.parse(name);
  const existing = users.get(username);
  if (command === 'add') {
    if (existing) throw new Error(`${username} already exists`);
    const r = Role.parse(role);
    const { password, generated } = await readPassword();
    users.put({
      username,
      role: r,
      passwordHash: await hashPassword(password),
      passwordChangedAt: Date.now(),
    });
    process.stdout.write(`Added ${username} (${r})${generated ? `, password: ${password}` : ''}\n`);
    return;
  }
  if (!existing) throw new Error(`No user ${username}`);
  if (command === 'set-role') {
    users.put({ ...existing, role: Role.parse(role) });
    process.stdout.write(`${username} is now ${Role.parse(role)}\n`);
    return;
  }
  const { password, generated } = await readPassword();
  users.put({ ...existing, passwordHash: await hashPassword(password), passwordChangedAt: Date.now() });
  process.stdout.write(`Password of ${username} changed${generated ? `: ${password}` : ''}\n`);
}

run(process.argv.slice(2)).catch((err: unknown) => {
  const message =
    err instanceof z.ZodError
      ? `Invalid argument: ${err.issues[0]?.message ?? 'invalid'}`
      : err instanceof ConfigError || err instanceof Error
        ? err.message
        : String(err);
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
});
