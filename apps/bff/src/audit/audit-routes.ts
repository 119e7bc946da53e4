import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../http/env.ts';
import { json, jsonError } from '../http/json.ts';
import { unauthenticated } from '../auth/session-guard.ts';
import type { AuditLog } from './audit-log.ts';

const AuditQuery = z.strictObject({
  limit: z
    .string()
    .regex(/^\d{1,3}$/, 'must be an integer')
    .transform(Number)
    .pipe(z.number().min(1, 'must be at least 1').max(200, 'must be at most 200'))
    .default(50),
  cursor: z
    .string()
    .regex(/^\d{1,12}$/, 'must be a cursor taken from paging.next')
    .transform(Number)
    .optional(),
});

/** `GET /bff/audit?limit&cursor`: the audit log, newest first, for editors only. */
export function auditRoutes(audit: AuditLog): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get('/audit', async (c) => {
    const user = c.get('user');
    if (!user) return unauthenticated();
    if (user.role !== 'editor') return jsonError(403, 'Only editors may read the audit log');
    const parsed = AuditQuery.safeParse(c.req.query());
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({
        field: i.path.join('.') || 'query',
        message: i.message,
      }));
      return jsonError(400, 'Invalid query parameters', errors);
    }
    const { limit, cursor } = parsed.data;
    const page = await audit.page(limit, cursor);
    const paging = page.next === undefined ? {} : { next: `/bff/audit?limit=${limit}&cursor=${page.next}` };
    return json(200, { data: page.data, paging });
  });
  return r;
}
