import type { MiddlewareHandler } from 'hono';
import { authenticate } from '../db/credentials.ts';
import type { Db } from '../db/open.ts';

export type AuthEnv = { Variables: { groupId: string } };

/** "401: authentication credentials were not present or invalid" (reference, HTTP status codes). */
const unauthorized = (message: string): Response =>
  new Response(JSON.stringify({ message }), {
    status: 401,
    headers: { 'content-type': 'application/json', 'www-authenticate': 'Basic realm="Sigfox API"' },
  });

/** Decodes `Authorization: Basic base64(login:password)`; undefined when absent or malformed. */
function basicCredentials(header: string | undefined): { login: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (match === null) return undefined;
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { login: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** HTTP Basic auth on every call (reference, Authentication and security); sets the credentials' group. */
export function basicAuth(db: Db): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const credentials = basicCredentials(c.req.header('authorization'));
    if (credentials === undefined)
      return unauthorized('Authentication required: HTTP Basic credentials of a group');
    const groupId = authenticate(db, credentials.login, credentials.password);
    if (groupId === undefined) return unauthorized('Invalid credentials');
    c.set('groupId', groupId);
    await next();
  };
}
