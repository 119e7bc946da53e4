import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from './open.ts';
import { stmt } from './stmt.ts';

export interface Credentials {
  login: string;
  password: string;
  groupId: string;
}

interface CredentialRow {
  group_id: string;
  login: string;
  password: string;
}

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Credentials of a group, or undefined when the group has none. */
export function findCredentials(db: Db, groupId: string): Credentials | undefined {
  const row = stmt(db, 'SELECT group_id, login, password FROM credentials WHERE group_id = ?').get(groupId) as
    | CredentialRow
    | undefined;
  return row === undefined ? undefined : { login: row.login, password: row.password, groupId: row.group_id };
}

/**
 * The group whose credentials these are, or undefined. Passwords are compared as
 * SHA-256 digests with timingSafeEqual, so the time taken says nothing about how
 * much of the password matched; an unknown login still costs one comparison.
 */
export function authenticate(db: Db, login: string, password: string): string | undefined {
  const row = stmt(db, 'SELECT group_id, login, password FROM credentials WHERE login = ?').get(login) as
    | CredentialRow
    | undefined;
  const expected = digest(row?.password ?? '');
  const ok = timingSafeEqual(expected, digest(password));
  return row !== undefined && ok ? row.group_id : undefined;
}

/**
 * A random login and password. Seeding uses these too rather than the world's
 * seed-derived pairs: a password anyone can recompute from `--seed 1` would be no
 * password once the server listens beyond loopback.
 */
export function newCredentials(): { login: string; password: string } {
  return { login: randomBytes(12).toString('hex'), password: randomBytes(16).toString('hex') };
}

/**
 * New credentials for a group, replacing the old ones in the same transaction so
 * they stop working at once (reference, Authentication and security). Logins are
 * 24 hex characters and passwords 32, like the backend's.
 */
export function regenerateCredentials(db: Db, groupId: string): Credentials {
  const exists = stmt(db, 'SELECT 1 FROM groups WHERE id = ?').get(groupId);
  if (exists === undefined) throw new Error(`unknown group ${groupId}`);
  const { login, password } = newCredentials();
  stmt(
    db,
    `INSERT INTO credentials (group_id, login, password) VALUES (?, ?, ?)
     ON CONFLICT(group_id) DO UPDATE SET login = excluded.login, password = excluded.password`,
  ).run(groupId, login, password);
  return { login, password, groupId };
}

/** The root group: the only one without a parent. */
export function rootGroupId(db: Db): string {
  const id = stmt(db, 'SELECT id FROM groups WHERE parent_id IS NULL ORDER BY id LIMIT 1').get() as
    | { id: string }
    | undefined;
  if (id === undefined) throw new Error('the database has no root group');
  return id.id;
}
