import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** `viewer` reads only; `editor` may also run the catalogue's mutations. */
export const Role = z.enum(['viewer', 'editor']);
export type Role = z.infer<typeof Role>;

export const Username = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be 1 to 64 of a-z 0-9 . _ - (lower case)');

const UserRecord = z.object({
  username: Username,
  role: Role,
  passwordHash: z.string(),
  /** Bumped at every password change: sessions opened before it stop working. */
  passwordChangedAt: z.number(),
});
export type UserRecord = z.infer<typeof UserRecord>;
const UsersFile = z.object({ version: z.literal(1), users: z.array(UserRecord) });

/**
 * The dashboard users, in `<dataDir>/users.json` (mode 0600). The running BFF re-reads
 * the file when it changes, so the users command takes effect
 * without a restart (checked at most once a second).
 */
export class UsersStore {
  private users = new Map<string, UserRecord>();
  /** mtime, inode and size: each write renames a new file in, so the inode changes even within one mtime tick. */
  private version = '';
  private checkedAt = Number.NEGATIVE_INFINITY;
  readonly file: string;

  constructor(
    dataDir: string,
    private readonly now: () => number = Date.now,
  ) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    this.file = join(dataDir, 'users.json');
    this.reload();
  }

  get(username: string): UserRecord | undefined {
    if (this.now() - this.checkedAt >= 1000) this.reload();
    return this.users.get(username);
  }

  list(): UserRecord[] {
    this.reload();
    return [...this.users.values()];
  }

  isEmpty(): boolean {
    return this.list().length === 0;
  }

  /** Adds or replaces a user and writes the file atomically (write then rename). */
  put(user: UserRecord): void {
    this.reload();
    this.users.set(user.username, UserRecord.parse(user));
    this.write();
  }

  /** Removes a user; their sessions stop working at the BFF's next look at the file. */
  remove(username: string): boolean {
    this.reload();
    const removed = this.users.delete(username);
    if (removed) this.write();
    return removed;
  }

  private write(): void {
    const body = JSON.stringify({ version: 1, users: [...this.users.values()] }, null, 2);
    const tmp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${body}\n`, { mode: 0o600 });
    renameSync(tmp, this.file);
    this.version = versionOf(this.file) ?? '';
  }

  private reload(): void {
    this.checkedAt = this.now();
    const version = versionOf(this.file);
    if (version === undefined) {
      this.users.clear();
      this.version = '';
      return;
    }
    if (version === this.version) return;
    const parsed = UsersFile.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    this.users = new Map(parsed.users.map((u) => [u.username, u]));
    this.version = version;
  }
}

function versionOf(file: string): string | undefined {
  try {
    const st = statSync(file);
    return `${st.mtimeMs}:${st.ino}:${st.size}`;
  } catch {
    return undefined;
  }
}
