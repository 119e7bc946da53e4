import type { Endpoint } from '@sfc/api';
import { toApiErrorBody } from '@sfc/api';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { hasBody, readJsonBody } from '../http/body.ts';
import { jsonError } from '../http/json.ts';

export interface ValidInput {
  params: Record<string, string>;
  query: Record<string, string>;
  /** The query string sent upstream: the validated parameters, re-encoded. */
  queryString: string;
  body: unknown;
  /** The JSON sent upstream: the validated body, re-serialised (not the browser's bytes). */
  bodyText: string | undefined;
}

export type InputResult = { ok: true; input: ValidInput } | { ok: false; response: Response };

/**
 * Validates path parameters, query and body with the catalogue's schemas before
 * anything is sent upstream; failures are 400 with the field errors.
 */
export async function validateInput(
  c: Context<AppEnv>,
  endpoint: Endpoint,
  maxBody: number,
): Promise<InputResult> {
  const params = c.req.param() as Record<string, string>;
  const p = endpoint.params.safeParse(params);
  if (!p.success) return refuse(toApiErrorBody(p.error, 'params'));

  const q = readQuery(c.req.url);
  if ('duplicate' in q) {
    const field = q.duplicate;
    return refuse({
      message: `Invalid query parameter: ${field} is repeated`,
      errors: [{ field, message: `${field}: is repeated` }],
    });
  }
  const keys = Object.keys(q.values);
  if (!endpoint.query) {
    if (keys.length > 0) {
      const errors = keys.map((field) => ({ field, message: `${field}: unknown query parameter` }));
      return refuse({ message: `Invalid query parameter: ${errors[0]!.message}`, errors });
    }
  } else {
    const r = endpoint.query.safeParse(q.values);
    if (!r.success) return refuse(toApiErrorBody(r.error, 'query'));
  }

  let body: unknown;
  let bodyText: string | undefined;
  if (endpoint.body) {
    const read = await readJsonBody(c, maxBody);
    if (!read.ok) return read;
    const r = endpoint.body.safeParse(read.value);
    if (!r.success) return refuse(toApiErrorBody(r.error, 'body'));
    body = read.value;
    bodyText = JSON.stringify(read.value);
  } else if (await hasBody(c)) {
    return refuse({
      message: 'This endpoint takes no body',
      errors: [{ field: 'body', message: 'body: not allowed' }],
    });
  }
  const queryString = new URLSearchParams(q.values).toString();
  return { ok: true, input: { params: p.data, query: q.values, queryString, body, bodyText } };
}

function refuse(body: { message: string; errors?: { field: string; message: string }[] }): InputResult {
  return { ok: false, response: jsonError(400, body.message, body.errors) };
}

/** The query as single values; a repeated name is ambiguous and refused. */
export function readQuery(url: string): { values: Record<string, string> } | { duplicate: string } {
  const i = url.indexOf('?');
  const values: Record<string, string> = {};
  if (i === -1) return { values };
  for (const [k, v] of new URLSearchParams(url.slice(i + 1))) {
    if (Object.hasOwn(values, k)) return { duplicate: k };
    values[k] = v;
  }
  return { values };
}
