import { CoverageBatchQuery, CoverageBatchResult } from '@sfc/api';
import { Hono } from 'hono';
import type { z } from 'zod';
import { unauthenticated } from '../auth/session-guard.ts';
import { readQuery } from '../forward/request-input.ts';
import type { AppEnv } from '../http/env.ts';
import { json, jsonError } from '../http/json.ts';
import type { RedundancySource } from './redundancy-source.ts';

/**
 * `GET /bff/coverage/redundancy?mode&points=lat,lng;lat,lng`: up to 100 points in one
 * call, each answered through the shared limited, cached source, in request order. A
 * point that fails has `redundancy: null` and a short `error`; the batch is still 200.
 * A read for any logged-in user: not audited.
 */
export function coverageRoutes(source: RedundancySource): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  r.get('/coverage/redundancy', async (c) => {
    if (!c.get('user')) return unauthenticated();
    const q = readQuery(c.req.url);
    if ('duplicate' in q) return refuse([{ field: q.duplicate, message: 'is repeated' }]);
    const parsed = CoverageBatchQuery.safeParse(q.values);
    if (!parsed.success) return refuse(parsed.error.issues.flatMap(fieldErrors));
    const { mode, points } = parsed.data;
    const answers = await Promise.all(points.map((p) => source.lookup(mode, p.lat, p.lng)));
    const results = points.map((p, i) => ({ lat: p.lat, lng: p.lng, ...answers[i] }));
    return json(200, CoverageBatchResult.parse({ mode, results }));
  });
  return r;
}

interface FieldError {
  field: string;
  message: string;
}

/** Issues as `points[2].lat`-style fields, one per unknown parameter. */
function fieldErrors(issue: z.core.$ZodIssue): FieldError[] {
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((field) => ({ field, message: 'unknown query parameter' }));
  const field = issue.path.map((p, i) =>
    typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`,
  );
  return [{ field: field.join('') || 'query', message: issue.message }];
}

function refuse(errors: FieldError[]): Response {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return jsonError(400, `Invalid query parameter: ${first?.field}: ${first?.message}${more}`, errors);
}
