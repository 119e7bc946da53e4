import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import { header } from './headers.ts';

/**
 * Facts about the caller. Forwarded headers (X-Forwarded-Proto, X-Forwarded-For) are
 * believed only with CONSOLE_TRUST_PROXY; otherwise a client could claim anything.
 */

export function clientIp(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = header(c, 'x-forwarded-for');
    // The last hop is the one the trusted proxy appended; earlier ones are client-supplied.
    const last = forwarded?.split(',').pop()?.trim();
    if (last) return last;
  }
  return c.env?.incoming?.socket?.remoteAddress ?? 'local';
}

/** True when the browser reached us over HTTPS (directly, or through a proxy that says so). */
export function isSecure(c: Context<AppEnv>, trustProxy: boolean): boolean {
  if (c.env?.incoming?.socket?.encrypted) return true;
  if (trustProxy && header(c, 'x-forwarded-proto')?.split(',')[0]?.trim() === 'https') return true;
  return c.req.url.startsWith('https:');
}

/** The origin a same-origin browser request carries: scheme and the Host it addressed. */
export function ownOrigin(c: Context<AppEnv>, trustProxy: boolean): string | undefined {
  // Behind @hono/node-server the URL's host is the Host header; in-process it is the request URL's.
  const host = header(c, 'host') ?? new URL(c.req.url).host;
  if (!host) return undefined;
  return `${isSecure(c, trustProxy) ? 'https' : 'http'}://${host.toLowerCase()}`;
}

/**
 * Same-origin check for state-changing requests (OWASP CSRF cheat sheet, "Verifying
 * origin with standard headers"; Fetch Metadata, W3C). Sec-Fetch-Site, when present,
 * must say same-origin. A browser sends Origin on every POST, but not on a same-origin
 * GET (Fetch, "origin serialization"): the one GET that changes state (disengage) is
 * then vouched for by `Sec-Fetch-Site: same-origin`. A request with neither is refused.
 */
export function isSameOrigin(c: Context<AppEnv>, trustProxy: boolean): boolean {
  const site = header(c, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return false;
  const origin = header(c, 'origin');
  if (origin === undefined) return site === 'same-origin';
  return origin.toLowerCase() === ownOrigin(c, trustProxy);
}

/**
 * True when nothing marks the request as sent by a browser: no Origin and no
 * Sec-Fetch-Site. Browsers send Origin on every POST (and Sec-Fetch-Site with it), so
 * such a request cannot be a cross-site forgery; it is a script or a command-line client.
 */
export function isNonBrowser(c: Context<AppEnv>): boolean {
  return header(c, 'origin') === undefined && header(c, 'sec-fetch-site') === undefined;
}
