/**
 * Checks a Leaflet tile URL template and derives the one origin the CSP lets images
 * come from. Parsed by hand rather than with `URL`, which would accept (and
 * percent-encode) braces anywhere: here `{s}` may only be the whole first host label,
 * since a CSP host-source can only wildcard that (CSP Level 3 §2.3.2, `*.` prefix).
 */

const TEMPLATE = /^(https?):\/\/([^/?#]*)([/?][^#]*)?$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const PLACEHOLDERS = new Set(['{s}', '{z}', '{x}', '{y}', '{r}']);
const DEFAULT_PORT: Record<string, string> = { http: '80', https: '443' };

/** The problem with a template, or undefined when it is usable. */
export function tileTemplateProblem(template: string): string | undefined {
  if (/[\s"'<>\\^`|]/.test(template)) return 'must not contain spaces, quotes or <>\\^`|';
  if (template.includes('#')) return 'must not have a fragment';
  const m = TEMPLATE.exec(template);
  if (!m) return 'must be an absolute http:// or https:// URL';
  const [, , authority = '', rest = ''] = m;
  if (authority.includes('@')) return 'must not carry credentials';
  if (hostOf(authority) === undefined)
    return 'must have a host name (labels, {s} only as the first one) and port';
  for (const p of rest.match(/\{[^}]*\}/g) ?? []) {
    if (!PLACEHOLDERS.has(p) || p === '{s}') return `must not use ${p} in its path (only {z}, {x}, {y}, {r})`;
  }
  if (/[{}]/.test(rest.replace(/\{[zxyr]\}/g, ''))) return 'has an unmatched brace';
  for (const p of ['{z}', '{x}', '{y}']) if (!rest.includes(p)) return `must contain ${p}`;
  return undefined;
}

/**
 * `scheme://host[:port]` of a valid template, `{s}` turned into `*`, default ports
 * left out: `https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png` → `https://*.tile.openstreetmap.org`.
 */
export function tileOrigin(template: string): string {
  const m = TEMPLATE.exec(template);
  const host = m?.[2] === undefined ? undefined : hostOf(m[2]);
  if (!m?.[1] || !host) throw new Error('not a valid tile template');
  const scheme = m[1];
  const port = host.port === undefined || host.port === DEFAULT_PORT[scheme] ? '' : `:${host.port}`;
  return `${scheme}://${host.name}${port}`;
}

function hostOf(authority: string): { name: string; port: string | undefined } | undefined {
  const [name = '', port, ...more] = authority.toLowerCase().split(':');
  if (more.length > 0 || (port !== undefined && !/^\d{1,5}$/.test(port))) return undefined;
  if (port !== undefined && Number(port) > 65535) return undefined;
  const labels = name.split('.');
  const ok = labels.every((l, i) => LABEL.test(l) || (i === 0 && l === '{s}' && labels.length > 2));
  return ok ? { name: name.replace('{s}', '*'), port } : undefined;
}
