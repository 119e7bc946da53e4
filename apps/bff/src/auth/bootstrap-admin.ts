import { generatePassword, hashPassword } from './passwords.ts';
import type { UsersStore } from './users-store.ts';

/**
 * On first start (no users at all) creates `admin`, an editor, with
 * CONSOLE_ADMIN_PASSWORD or a random password that the caller prints once.
 */
export async function ensureAdmin(
  users: UsersStore,
  configured: string | undefined,
): Promise<{ created: false } | { created: true; password: string | undefined }> {
  if (!users.isEmpty()) return { created: false };
  const password = configured ?? generatePassword();
  users.put({
    username: 'admin',
    role: 'editor',
    passwordHash: await hashPassword(password),
    passwordChangedAt: Date.now(),
  });
  return { created: true, password: configured === undefined ? password : undefined };
}
