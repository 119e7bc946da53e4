import { z } from 'zod';
import { generatePassword, hashPassword } from './auth/passwords.ts';
import { Role, Username, UsersStore } from './auth/users-store.ts';

export const USERS_HELP = `Console users (stored in CONSOLE_DATA_DIR/users.json, scrypt-hashed).

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

export interface UsersIo {
  /** One line typed or piped in, or undefined when there is none (a password is then generated). */
  readLine(): Promise<string | undefined>;
  out(text: string): void;
  err(text: string): void;
}

const Password = z.string().min(12, 'The password must be at least 12 characters');

/** The users command; answers its exit code (0 done, 1 refused, 2 usage). */
export async function usersCommand(dataDir: string, args: string[], io: UsersIo): Promise<number> {
  try {
    return await run(new UsersStore(dataDir), args, io);
  } catch (err) {
    io.err(
      `${err instanceof z.ZodError ? err.issues[0]?.message : err instanceof Error ? err.message : String(err)}\n`,
    );
    return 1;
  }
}

async function password(io: UsersIo): Promise<{ password: string; generated: boolean }> {
  const line = (await io.readLine())?.trim();
  if (line === undefined || line === '') return { password: generatePassword(), generated: true };
  return { password: Password.parse(line), generated: false };
}

async function run(users: UsersStore, args: string[], io: UsersIo): Promise<number> {
  const [command, name, role] = args;
  if (command === 'list') {
    for (const u of users.list()) io.out(`${u.username}\t${u.role}\n`);
    return 0;
  }
  if (command !== 'add' && command !== 'set-password' && command !== 'set-role' && command !== 'remove') {
    io.out(USERS_HELP);
    return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
  const username = Username.parse(name);
  const existing = users.get(username);
  if (command === 'add') {
    if (existing) throw new Error(`${username} already exists`);
    const r = Role.parse(role);
    const p = await password(io);
    users.put({
      username,
      role: r,
      passwordHash: await hashPassword(p.password),
      passwordChangedAt: Date.now(),
    });
    io.out(`Added ${username} (${r})${p.generated ? `, password: ${p.password}` : ''}\n`);
    return 0;
  }
  if (!existing) throw new Error(`No user ${username}`);
  if (command === 'remove') {
    users.remove(username);
    io.out(`Removed ${username}\n`);
  } else if (command === 'set-role') {
    const r = Role.parse(role);
    users.put({ ...existing, role: r });
    io.out(`${username} is now ${r}\n`);
  } else {
    const p = await password(io);
    users.put({ ...existing, passwordHash: await hashPassword(p.password), passwordChangedAt: Date.now() });
    io.out(`Password of ${username} changed${p.generated ? `: ${p.password}` : ''}\n`);
  }
  return 0;
}
