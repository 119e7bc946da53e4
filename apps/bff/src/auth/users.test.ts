import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureAdmin } from './bootstrap-admin.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { UsersStore } from './users-store.ts';

const CHEAP = { N: 1024, r: 8, p: 1 };
const dir = () => mkdtempSync(join(tmpdir(), 'sfc-users-'));

describe('passwords', () => {
  it('hashes with scrypt and a per-user salt, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse', CHEAP);
    const b = await hashPassword('correct horse', CHEAP);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horsE', a)).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});

describe('users store', () => {
  it('sees changes another process writes (the users command), within a second', async () => {
    let now = 0;
    const d = dir();
    const server = new UsersStore(d, () => now);
    const cli = new UsersStore(d);
    cli.put({
      username: 'ann',
      role: 'viewer',
      passwordHash: await hashPassword('pw', CHEAP),
      passwordChangedAt: 1,
    });
    now = 1000;
    expect(server.get('ann')?.role).toBe('viewer');
    cli.put({ ...cli.get('ann')!, role: 'editor' });
    now = 2000;
    expect(server.get('ann')?.role).toBe('editor');
  });
});

describe('first admin', () => {
  it('creates admin (editor) with the configured password, or a generated one to print once', async () => {
    const configured = new UsersStore(dir());
    expect(await ensureAdmin(configured, 'configured-password')).toEqual({
      created: true,
      password: undefined,
    });
    const admin = configured.get('admin')!;
    expect(admin.role).toBe('editor');
    expect(await verifyPassword('configured-password', admin.passwordHash)).toBe(true);

    const generated = new UsersStore(dir());
    const result = await ensureAdmin(generated, undefined);
    expect(result.created && result.password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(await ensureAdmin(generated, undefined)).toEqual({ created: false });
  });
});
