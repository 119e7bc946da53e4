import { endpointList, toApiErrorBody, toRoutePattern } from '@sfc/api';
import type { Endpoint, EndpointName, RequestPart } from '@sfc/api';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Db } from '../db/open.ts';
import type { BaseStation } from '../world/index.ts';
import type { AuthEnv } from './auth.ts';
import { basicAuth } from './auth.ts';
import type { Ctx, Input } from './handler.ts';
import { handlers } from './handlers/index.ts';
import { HttpError } from './http-error.ts';
import type { GroupTree } from './scope.ts';
import { Scope } from './scope.ts';

export interface ApiDeps {
  db: Db;
  groups: GroupTree;
  stations: readonly BaseStation[];
  now: () => number;
}

/**
 * JSON answer. A property without a value is omitted (reference, REST API): the
 * mappers in db/ never write null (the contract test checks every endpoint), so no
 * replacer is needed on this hot path.
 */
const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

function parse(
  schema: Endpoint['params'] | NonNullable<Endpoint['query']>,
  value: unknown,
  where: RequestPart,
) {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, toApiErrorBody(result.error, where));
  return result.data;
}

/** Far above the largest legitimate body (5,000 device registrations are about 300 kB). */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

const badBody = (why: string): HttpError =>
  new HttpError(400, {
    message: `Invalid body: ${why}`,
    errors: [{ field: 'body', message: `body: ${why}` }],
  });

async function readBody(c: Context, endpoint: Endpoint): Promise<unknown> {
  if (endpoint.body === undefined) return undefined;
  if (Number(c.req.header('content-length') ?? 0) > MAX_BODY_BYTES) throw badBody('must be at most 2 MB');
  const text = await c.req.text();
  if (text.length > MAX_BODY_BYTES) throw badBody('must be at most 2 MB');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badBody('must be JSON');
  }
  return parse(endpoint.body, value, 'body');
}

const badQuery = (field: string, why: string): HttpError =>
  new HttpError(400, {
    message: `Invalid query parameter: ${field} ${why}`,
    errors: [{ field, message: `${field}: ${why}` }],
  });

/** The query as an object for the catalogue's schema; a parameter given twice, or to an endpoint without any, is a 400. */
function queryOf(endpoint: Endpoint, url: URL): unknown {
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (endpoint.query === undefined) throw badQuery(key, 'is not a parameter of this endpoint');
    if (key in query) throw badQuery(key, 'is given twice');
    query[key] = value;
  }
  return endpoint.query === undefined ? undefined : parse(endpoint.query, query, 'query');
}

/**
 * The Sigfox API v1: one route per catalogue entry, method and alias. Path, query and
 * body are validated by the catalogue's schemas (400 in the project's error shape),
 * then the entry's handler answers.
 */
export function createApi(deps: ApiDeps): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  app.use('/api/*', basicAuth(deps.db));

  for (const [name, endpoint] of endpointList) {
    const route = async (c: Context<AuthEnv>) => {
      const url = new URL(c.req.url);
      const input = {
        params: parse(endpoint.params, c.req.param(), 'params'),
        query: queryOf(endpoint, url),
        body: await readBody(c, endpoint),
      };
      const ctx: Ctx = {
        db: deps.db,
        scope: new Scope(deps.groups, c.get('groupId')),
        url,
        now: deps.now,
        stations: deps.stations,
      };
      const handler = handlers[name] as (input: Input<EndpointName>, ctx: Ctx) => unknown;
      const reply = handler(input as Input<EndpointName>, ctx);
      return endpoint.response === null ? new Response(null, { status: 200 }) : json(200, reply);
    };
    for (const method of [endpoint.method, ...(endpoint.alsoMethods ?? [])]) {
      for (const path of [endpoint.path, ...(endpoint.aliases ?? [])])
        app.on(method, toRoutePattern(path), route);
    }
  }

  app.notFound((c) =>
    json(404, { message: `No such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}` }),
  );
  app.onError((error) => {
    if (error instanceof HttpError) return json(error.status, error.body);
    // Middleware of mounted routes (the control API's basic auth) answers this way.
    if (error instanceof HTTPException) return error.getResponse();
    console.error(error);
    return json(500, { message: 'Internal error' });
  });
  return app;
}
