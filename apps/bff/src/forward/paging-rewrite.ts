/**
 * `paging.next` is an absolute URL of the upstream (reference, "paging: ... next: URL
 * of the next page"). The browser must follow it without learning the upstream, so it
 * becomes the BFF's own relative URL, and only when it really points at the
 * configured upstream and at a path the catalogue serves; anything else is dropped.
 */
export function rewriteNext(next: unknown, upstreamBase: string, isCataloguePath: (path: string) => boolean) {
  if (typeof next !== 'string') return undefined;
  let url: URL;
  let base: URL;
  try {
    url = new URL(next);
    base = new URL(upstreamBase);
  } catch {
    return undefined;
  }
  if (url.origin !== base.origin || url.username || url.password || url.hash) return undefined;
  const prefix = base.pathname.replace(/\/+$/, '');
  if (!url.pathname.startsWith(`${prefix}/api/`)) return undefined;
  const path = url.pathname.slice(prefix.length);
  if (!isCataloguePath(path)) return undefined;
  return path + url.search;
}

/** Rewrites `paging.next` in a JSON page body; the body is returned unchanged when it has none. */
export function rewritePageBody(
  text: string,
  upstreamBase: string,
  isCataloguePath: (path: string) => boolean,
): string {
  if (!text.includes('"next"')) return text;
  let page: unknown;
  try {
    page = JSON.parse(text);
  } catch {
    return text;
  }
  if (!isRecord(page) || !isRecord(page.paging) || !('next' in page.paging)) return text;
  const next = rewriteNext(page.paging.next, upstreamBase, isCataloguePath);
  if (next === undefined) delete page.paging.next;
  else page.paging.next = next;
  return JSON.stringify(page);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
