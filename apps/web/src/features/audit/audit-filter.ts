import type { AuditEntry } from './audit-queries.ts';

export interface AuditFilter {
  user?: string | undefined;
  endpoint?: string | undefined;
  /** `ok`: 2xx; `failed`: anything else. */
  outcome?: string | undefined;
  /** Free text over the path, params, query and body summary. */
  text?: string | undefined;
}

/**
 * The BFF's audit route has no filters (only `limit` and `cursor`), so the loaded
 * entries are filtered here; "Load more" widens what is searched.
 */
export function filterAudit(entries: readonly AuditEntry[], f: AuditFilter): AuditEntry[] {
  const text = f.text?.toLowerCase();
  return entries.filter((e) => {
    if (f.user && e.user !== f.user) return false;
    if (f.endpoint && e.endpoint !== f.endpoint) return false;
    const ok = e.status >= 200 && e.status < 300;
    if (f.outcome === 'ok' && !ok) return false;
    if (f.outcome === 'failed' && ok) return false;
    if (text) {
      const haystack = JSON.stringify([e.path, e.params, e.query, e.body]).toLowerCase();
      if (!haystack.includes(text)) return false;
    }
    return true;
  });
}

/** The distinct values of a field among loaded entries, for a filter's options. */
export function distinct(entries: readonly AuditEntry[], key: 'user' | 'endpoint'): string[] {
  return [...new Set(entries.map((e) => e[key]))].sort();
}
