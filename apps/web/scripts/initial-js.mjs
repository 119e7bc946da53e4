#!/usr/bin/env node
// `pnpm --filter @sfc/web size`: the JavaScript a fresh visit downloads (login, then the
// overview, with the toast region), gzip -9, read from the production build in dist/.
// Chunks are found through their source maps; static imports are followed, lazy ones not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'dist');
const BUDGET_KB = 200;
const read = (file) => readFileSync(join(dist, file));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gzipped = (file) => gzipSync(read(file), { level: 9 }).length;

const html = read('index.html').toString();
const entry = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);

/** The chunks whose source map lists a source ending with `path`. */
function chunksOf(path) {
  return readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js.map'))
    .filter((f) => JSON.parse(read(`assets/${f}`).toString()).sources.some((s) => s.endsWith(path)))
    .map((f) => `assets/${f.slice(0, -'.map'.length)}`);
}

/** The files and their static imports, transitively. */
function closure(files) {
  const seen = new Set();
  const stack = [...files];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of read(file)
      .toString()
      .matchAll(/(?:^|[;\s])import\s*(?:[\w{},*\s$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      stack.push(`assets/${m[1]}`);
    }
  }
  return seen;
}

const total = (files) => [...files].reduce((sum, f) => sum + gzipped(f), 0);
const views = {
  'shared entry': entry,
  login: [...entry, ...chunksOf('features/auth/login-page.tsx')],
  overview: [...entry, ...chunksOf('features/overview/route.tsx')],
  'fresh visit (login, overview, toasts)': [
    ...entry,
    ...chunksOf('features/auth/login-page.tsx'),
    ...chunksOf('features/overview/route.tsx'),
    ...chunksOf('components/toast/toasts.tsx'),
  ],
};
let over = false;
for (const [name, files] of Object.entries(views)) {
  const size = total(closure(files));
  console.log(`${name.padEnd(40)} ${kb(size).padStart(7)} KB`);
  if (name.startsWith('fresh visit') && size > BUDGET_KB * 1024) over = true;
}
const leaflet = [...closure(views['fresh visit (login, overview, toasts)'])].filter((f) =>
  JSON.parse(read(`${f}.map`).toString()).sources.some(
    (s) => s.includes('leaflet') || s.includes('supercluster'),
  ),
);
if (leaflet.length > 0) console.log(`map code in the initial JS: ${leaflet.join(', ')}`);
console.log(
  over || leaflet.length > 0
    ? `over the ${BUDGET_KB} KB budget or map code loaded up front`
    : `within the ${BUDGET_KB} KB budget`,
);
process.exit(over || leaflet.length > 0 ? 1 : 0);
