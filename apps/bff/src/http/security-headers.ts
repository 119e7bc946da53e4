import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * Headers on every response. The CSP allows only the app's own scripts and styles (no
 * inline, no remote code); images may also come from data and blob URLs and, when map
 * tiles are configured, from the tile server's origin only (no blanket `https:`, so an
 * injected `<img>` cannot send data to any other host). `frame-ancestors 'none'`
 * forbids framing (CSP Level 3 §6.4.2). No Access-Control-* header is ever set
 * (reference: "CORS and JSONP are intentionally unsupported"): responses are built,
 * never copied from the upstream.
 */
export function contentSecurityPolicy(tileOrigin: string | null): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob:${tileOrigin ? ` ${tileOrigin}` : ''}`,
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy without map tiles. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

/** The fixed headers of every response, computed once per app from its policy. */
export type SecurityHeaders = ReadonlyArray<readonly [string, string]>;

export function securityHeaders(csp: string): SecurityHeaders {
  return [
    ['content-security-policy', csp],
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'no-referrer'],
    ['x-frame-options', 'DENY'],
    ['cross-origin-opener-policy', 'same-origin'],
    ['cross-origin-resource-policy', 'same-origin'],
    ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
  ];
}

const HSTS = 'max-age=31536000';

/**
 * Behind @hono/node-server: sets the headers on the Node response before the handler
 * runs. Node merges them into the answer's own headers, and the handler's Response
 * keeps its fast path (no Headers object is built just to add these). Answers false
 * when there is no Node response (a test calling `app.request`).
 */
export function setSecurityHeadersEarly(
  c: Context<AppEnv>,
  headers: SecurityHeaders,
  secure: boolean,
): boolean {
  const outgoing = c.env?.outgoing;
  if (!outgoing) return false;
  for (const [name, value] of headers) outgoing.setHeader(name, value);
  if (secure) outgoing.setHeader('strict-transport-security', HSTS);
  return true;
}

/** The same headers on a finished Response (in-process requests). */
export function setSecurityHeadersLate(res: Response, headers: SecurityHeaders, secure: boolean): void {
  for (const [name, value] of headers) res.headers.set(name, value);
  if (secure) res.headers.set('strict-transport-security', HSTS);
}
