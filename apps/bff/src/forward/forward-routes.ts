import type { Endpoint } from '@sfc/api';
import { buildPath, matchPath, toRoutePattern } from '@sfc/api';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { summariseBody } from '../audit/body-summary.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import { refuseCrossSite, unauthenticated } from '../auth/session-guard.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonError } from '../http/json.ts';
import { sendUpstream } from '../upstream/send.ts';
import { type Upstream, UpstreamError } from '../upstream/upstream.ts';
import { rewritePageBody } from './paging-rewrite.ts';
import { validateInput, type ValidInput } from './request-input.ts';
import { fromFailure, fromUpstream, scrubber } from './upstream-answer.ts';

export interface ForwardDeps {
  catalogue: ReadonlyArray<readonly [string, Endpoint]>;
  upstream: Upstream;
  audit: AuditLog;
  trustProxy: boolean;
  maxBodyBytes: number;
  now: () => number;
}

/**
 * Registers exactly the catalogue's routes (each method, path and alias); nothing
 * else under `/api` exists, so nothing else can reach the upstream.
 */
export function forwardRoutes(d: ForwardDeps): Hono<AppEnv> {
  const r = new Hono<AppEnv>();
  const scrub = scrubber(d.upstream.secrets);
  const paged = d.catalogue.filter(([, e]) => e.paging !== undefined);
  const isPagedPath = (path: string) =>
    /^(?:\/[A-Za-z0-9_-]+)+$/.test(path) &&
    paged.some(([, e]) =>
      [e.path, ...(e.aliases ?? [])].some((t) => {
        const m = matchPath(t, path);
        return m !== null && e.params.safeParse(m).success;
      }),
    );

  for (const [name, endpoint] of d.catalogue) {
    for (const template of [endpoint.path, ...(endpoint.aliases ?? [])]) {
      for (const method of [endpoint.method, ...(endpoint.alsoMethods ?? [])]) {
        r.on(method, toRoutePattern(template), (c) => handle(c, name, endpoint, template, method));
      }
    }
  }

  async function handle(
    c: Context<AppEnv>,
    name: string,
    endpoint: Endpoint,
    template: Endpoint['path'],
    method: 'GET' | 'POST',
  ) {
    const user = c.get('user');
    if (!user) return unauthenticated();
    if (endpoint.mutation) {
      const refusal = refuseCrossSite(c, d.trustProxy);
      if (refusal) return refusal;
      if (user.role !== 'editor') return jsonError(403, 'Viewers may not change anything');
    }
    const v = await validateInput(c, endpoint, d.maxBodyBytes);
    if (!v.ok) return v.response;
    const path = buildPath(template, v.input.params);
    const request = { method, path, query: v.input.queryString, body: v.input.bodyText };
    let answer: Response;
    try {
      const res = await sendUpstream(d.upstream, request, !endpoint.mutation);
      const okBody = endpoint.paging
        ? () => rewritePageBody(res.body, d.upstream.baseUrl, isPagedPath)
        : () => res.body;
      answer = fromUpstream(res, scrub, okBody);
    } catch (err) {
      answer =
        err instanceof UpstreamError
          ? fromFailure(err)
          : jsonError(502, 'The Sigfox API could not be reached');
    }
    if (endpoint.mutation) await record(user.username, user.role, name, method, path, v.input, answer.status);
    return answer;
  }

  function record(
    user: string,
    role: string,
    endpoint: string,
    method: string,
    path: string,
    input: ValidInput,
    status: number,
  ) {
    return d.audit.append({
      time: new Date(d.now()).toISOString(),
      user,
      role,
      endpoint,
      method,
      path,
      params: input.params,
      query: input.query,
      body: input.body === undefined ? undefined : summariseBody(input.body),
      status,
    });
  }

  return r;
}
