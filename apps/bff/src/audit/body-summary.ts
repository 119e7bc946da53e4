/**
 * A short, secret-free picture of a mutation body for the audit log: strings cut to
 * 80 characters, arrays to their first 5 items (with the total), depth 4, and values
 * under keys that look like secrets (callback `headers` may carry an Authorization,
 * device registrations carry PACs and keys) replaced by "[redacted]".
 */
const SECRET_KEY = /pass|secret|token|auth|pac|^pk$|key|headers|cookie/i;

export function summariseBody(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 80)}…(${value.length})` : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= 4) return Array.isArray(value) ? `[${value.length} items]` : '{…}';
  if (Array.isArray(value)) {
    const head = value.slice(0, 5).map((v) => summariseBody(v, depth + 1));
    return value.length > 5 ? [...head, `…${value.length - 5} more`] : head;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] = SECRET_KEY.test(k) ? '[redacted]' : summariseBody(v, depth + 1);
  return out;
}
