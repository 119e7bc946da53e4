/**
 * Classifies a raw request target before any routing. Paths in the BFF's own spaces
 * (`/api`, `/auth`, `/bff`, `/healthz`, `/readyz`) must be plain: segments of
 * `[A-Za-z0-9_-]` only, so no percent-encoding (`%2f`, `%2e`, double encoding, `%00`),
 * no dots or `..`, no backslash, no empty segment, no trailing slash, at most 256
 * characters. Routing is then exact and case-sensitive. Anything that merely decodes
 * or normalises into those spaces is refused as well, so the upstream can never be
 * reached through a path the catalogue does not list.
 */

const PLAIN = /^(?:\/[A-Za-z0-9_-]+)+$/;
const RESERVED = /^\/(?:api|auth|bff|healthz|readyz)(?:\/|$)/;
export const MAX_PATH = 256;

export type PathClass = 'reserved' | 'app' | 'reject';

export function classifyPath(rawTarget: string, parsedPath: string): PathClass {
  const q = rawTarget.indexOf('?');
  const raw = q === -1 ? rawTarget : rawTarget.slice(0, q);
  // Absolute-form targets (`GET http://host/...`) are for proxies (RFC 9112 §3.2.2), not for us.
  if (!raw.startsWith('/') || raw.length > 2048 || raw.includes('\0')) return 'reject';
  if (PLAIN.test(raw) && raw.length <= MAX_PATH && raw === parsedPath) {
    if (RESERVED.test(raw)) return 'reserved';
    // Case variants of a reserved space (`/API/devices`) are refused, not served as the app.
    return RESERVED.test(raw.toLowerCase()) ? 'reject' : 'app';
  }
  if (raw === '/' && parsedPath === '/') return 'app';
  // Not plain: refuse if any reading of it lands in, or starts in, a reserved space.
  return [...readings(raw), ...readings(parsedPath)].some((p) => RESERVED.test(p)) ? 'reject' : 'app';
}

/** The path decoded up to three times, with case and backslashes folded, before and after dot segments resolve. */
function readings(path: string): string[] {
  let p = path;
  for (let i = 0; i < 3; i++) {
    try {
      const d = decodeURIComponent(p);
      if (d === p) break;
      p = d;
    } catch {
      break;
    }
  }
  const folded = p
    .replace(/\\/g, '/')
    .replace(/\/{2,}/g, '/')
    .toLowerCase();
  try {
    const resolved = new URL(folded.startsWith('/') ? folded : `/${folded}`, 'http://x').pathname;
    return [folded, resolved.replace(/\/{2,}/g, '/')];
  } catch {
    return [folded];
  }
}
