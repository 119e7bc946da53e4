import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/**
 * The built web app, read once at start-up into memory: the request path is only
 * ever looked up in this map, never joined to a file-system path, so no path trick
 * can read another file. Files under `assets/` carry a content hash in their names
 * (Vite) and are cached for good; `index.html` is never cached and answers every
 * unknown non-API path (client-side routes).
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
};

interface StaticFile {
  body: Uint8Array;
  type: string;
  cache: string;
}

export interface WebApp {
  /** The file at `path`, index.html for an unknown path, or the "not built" page. */
  serve(path: string, method: string): Response;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache, no-store, must-revalidate';

export function loadWebApp(dir: string): WebApp {
  const files = new Map<string, StaticFile>();
  for (const file of listFiles(dir)) {
    const rel = relative(dir, file).split(sep).join('/');
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    files.set(`/${rel}`, {
      body: readFileSync(file),
      type,
      cache: rel.startsWith('assets/') ? IMMUTABLE : NO_CACHE,
    });
  }
  const index = files.get('/index.html');

  return {
    serve(path, method) {
      if (method !== 'GET' && method !== 'HEAD') return new Response('Not found', { status: 404 });
      if (!index) return notBuilt();
      const file = files.get(path);
      // A missing hashed asset is a real 404: answering HTML there would be parsed as a script.
      if (!file && path.startsWith('/assets/')) return new Response('Not found', { status: 404 });
      const f = file ?? index;
      return new Response(method === 'HEAD' ? null : f.body, {
        status: 200,
        headers: { 'content-type': f.type, 'cache-control': f.cache },
      });
    },
  };
}

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    const st = statSync(full);
    return st.isDirectory() ? listFiles(full) : st.isFile() ? [full] : [];
  });
}

/** No inline script, no inline style: the page passes the CSP as it is. */
function notBuilt(): Response {
  const html =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sigfox console</title></head>' +
    '<body><h1>The web app is not built</h1><p>Build it with <code>pnpm --filter @sfc/web run build</code> ' +
    '(or start with <code>pnpm start</code>, which builds it), then restart the console.</p></body></html>';
  return new Response(html, {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
