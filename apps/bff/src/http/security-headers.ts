import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * Headers on every response. The CSP allows only the app's own scripts and styles
 * (no inline, no remote code); images may also come from https tile servers and data
 * URLs (the map). `frame-ancestors 'none'` forbids framing (CSP Level 3 §6.4.2).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

const FIXED: ReadonlyArray<readonly [string, string]> = [
  ['content-security-policy', CONTENT_SECURITY_POLICY],
  ['x-content-type-options', 'nosniff'],
  ['referrer-policy', 'no-referrer'],
  ['x-frame-options', 'DENY'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
];

export function securityHeaders(isSecure: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => boolean) {
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next();
    const h = c.res.headers;
    for (const [name, value] of FIXED) h.set(name, value);
    // No CORS, ever (reference: "CORS and JSONP are intentionally unsupported").
    for (const name of [...h.keys()]) if (name.startsWith('access-control-')) h.delete(name);
    if (isSecure(c)) h.set('strict-transport-security', 'max-age=31536000');
  };
  return middleware;
}
