import { ApiError, ApiErrorBody, createClient, NetworkError } from '@sfc/api';
import type { z } from 'zod';
import { config } from '../config.ts';

/*
 * The one transport. Pure: it throws typed errors (ApiError, NetworkError,
 * ResponseValidationError from @sfc/api) and never shows UI or redirects; the query
 * cache and the routes decide what an error means to the user.
 */

let csrfToken: string | undefined;

/**
 * The BFF wants `x-csrf-token` on mutations. The token comes with the session
 * (`GET /auth/me`); the auth feature hands it over here. It is sent on every request
 * because some mutations are GETs (disengage) and the header is harmless on reads.
 */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

async function sessionFetch(url: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  if (csrfToken !== undefined) headers.set('x-csrf-token', csrfToken);
  // Same origin: the HttpOnly session cookie goes along; nothing else ever does.
  return fetch(url, { ...init, headers, credentials: 'same-origin' });
}

/** Typed calls to catalogue endpoints (`/api/...`), responses validated at run time. */
export const api = createClient({ baseUrl: config.apiBaseUrl, fetch: sessionFetch });

interface BffRequest<S extends z.ZodType | null> {
  method: 'GET' | 'POST';
  body?: unknown;
  /** Response schema; null for an empty body. */
  response: S;
  signal?: AbortSignal;
}

/**
 * The BFF's own routes (`/auth/...`, `/bff/...`), which are not Sigfox endpoints and
 * so not in the catalogue. Same fetch, same typed errors as `api`.
 */
export async function bffRequest<S extends z.ZodType | null>(
  path: `/auth/${string}` | `/bff/${string}`,
  request: BffRequest<S>,
): Promise<S extends z.ZodType ? z.output<S> : undefined> {
  type Result = S extends z.ZodType ? z.output<S> : undefined;
  let response: Response;
  try {
    response = await sessionFetch(`${config.apiBaseUrl}${path}`, {
      method: request.method,
      headers:
        request.body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      body: request.body === undefined ? null : JSON.stringify(request.body),
      signal: request.signal ?? null,
    });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new NetworkError(path, error);
  }
  const text = await response.text();
  if (!response.ok) {
    const body = ApiErrorBody.safeParse(safeJson(text));
    throw new ApiError(path, response.status, body.success ? body.data : undefined);
  }
  if (request.response === null) return undefined as Result;
  return request.response.parse(safeJson(text)) as Result;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
