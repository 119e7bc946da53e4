import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPassword } from './auth/passwords.ts';
import { UsersStore } from './auth/users-store.ts';
import { usersCommand } from './users-command.ts';

function io(lines: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      readLine: async () => lines.shift(),
      out: (t: string) => out.push(t),
      err: (t: string) => err.push(t),
    },
  };
}

describe('users command', () => {
  it('adds, lists, changes role and password, removes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfc-cmd-'));
    const a = io(['erin-password-123']);
    expect(await usersCommand(dir, ['add', 'erin', 'viewer'], a.io)).toBe(0);
    expect(a.out).toEqual(['Added erin (viewer)\n']);
    const store = new UsersStore(dir);
    expect(await verifyPassword('erin-password-123', store.get('erin')!.passwordHash)).toBe(true);
    expect(await usersCommand(dir, ['set-role', 'erin', 'editor'], io().io)).toBe(0);
    const l = io();
    await usersCommand(dir, ['list'], l.io);
    expect(l.out).toEqual(['erin\teditor\n']);
    const before = new UsersStore(dir).get('erin')!.passwordChangedAt;
    const generated = io();
    expect(await usersCommand(dir, ['set-password', 'erin'], generated.io)).toBe(0);
    expect(generated.out[0]).toMatch(/^Password of erin changed: [A-Za-z0-9_-]{20}\n$/);
    expect(new UsersStore(dir).get('erin')!.passwordChangedAt).toBeGreaterThanOrEqual(before);
    expect(await usersCommand(dir, ['remove', 'erin'], io().io)).toBe(0);
    expect(new UsersStore(dir).list()).toEqual([]);
  });

  it('refuses short passwords, bad names and roles, duplicates and unknown users; usage is exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sfc-cmd-'));
    const short = io(['short']);
    expect(await usersCommand(dir, ['add', 'fred', 'viewer'], short.io)).toBe(1);
    expect(short.err[0]).toContain('at least 12');
    expect(await usersCommand(dir, ['add', 'Bad!', 'viewer'], io(['long-enough-pw']).io)).toBe(1);
    expect(await usersCommand(dir, ['add', 'fred', 'boss'], io(['long-enough-pw']).io)).toBe(1);
    expect(await usersCommand(dir, ['add', 'fred', 'viewer'], io(['long-enough-pw']).io)).toBe(0);
    expect(await usersCommand(dir, ['add', 'fred', 'viewer'], io(['long-enough-pw']).io)).toBe(1);
    expect(await usersCommand(dir, ['set-role', 'nobody', 'viewer'], io().io)).toBe(1);
    expect(await usersCommand(dir, ['frobnicate'], io().io)).toBe(2);
  });
});
