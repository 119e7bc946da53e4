import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { files } from './stack.ts';

export interface SimCredentials {
  url: string;
  login: string;
  password: string;
}

function isCredentials(value: unknown): value is SimCredentials {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.url === 'string' && typeof v.login === 'string' && typeof v.password === 'string';
}

/** The simulator's root credentials, from the file it writes (whole) once it listens. */
export function readSimCredentials(): SimCredentials {
  const value: unknown = JSON.parse(readFileSync(files.simCredentials, 'utf8'));
  if (!isCredentials(value)) throw new Error(`${files.simCredentials} is not a credentials file`);
  return value;
}

export async function waitForSimCredentials(timeoutMs: number): Promise<SimCredentials> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(files.simCredentials)) {
    if (Date.now() > deadline) throw new Error(`No ${files.simCredentials} after ${timeoutMs} ms`);
    await delay(100);
  }
  return readSimCredentials();
}
