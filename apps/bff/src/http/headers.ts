import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/**
 * One request header, lower-case name. Behind @hono/node-server it reads Node's own
 * parsed headers: going through `c.req.header` would build a fetch `Headers` object
 * from every raw header on each request, a measurable cost on the forwarding path.
 */
export function header(c: Context<AppEnv>, name: string): string | undefined {
  const headers = c.env?.incoming?.headers;
  if (!headers) return c.req.header(name);
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The value of one cookie (RFC 6265 §5.4 `Cookie` header), undefined when absent. */
export function cookie(c: Context<AppEnv>, name: string): string | undefined {
  const all = header(c, 'cookie');
  if (!all) return undefined;
  for (const pair of all.split(';')) {
    const eq = pair.indexOf('=');
    if (eq !== -1 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}
