import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { cookie } from '../http/headers.ts';
import type { AppEnv } from '../http/env.ts';

/**
 * The session cookie: HttpOnly, SameSite=Strict, Path=/. Over HTTPS it is Secure and
 * carries the `__Host-` prefix, which browsers accept only when Secure, Path=/ and no
 * Domain are set (RFC 6265bis §4.1.3.2). Over plain HTTP (local use) the prefix cannot
 * be used, and only the cookie name that matches the current scheme is read.
 */
const SECURE_NAME = '__Host-sfc_session';
const PLAIN_NAME = 'sfc_session';

export function readSessionCookie(c: Context<AppEnv>, secure: boolean): string | undefined {
  const value = cookie(c, secure ? SECURE_NAME : PLAIN_NAME);
  return value && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

export function writeSessionCookie(c: Context<AppEnv>, secure: boolean, id: string, maxAgeSec: number): void {
  setCookie(c, secure ? SECURE_NAME : PLAIN_NAME, id, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure,
    maxAge: maxAgeSec,
  });
}

export function clearSessionCookie(c: Context<AppEnv>, secure: boolean): void {
  deleteCookie(c, secure ? SECURE_NAME : PLAIN_NAME, {
    path: '/',
    secure,
    httpOnly: true,
    sameSite: 'Strict',
  });
}
