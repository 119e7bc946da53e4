import type { z } from 'zod';
import { endpointName } from '../catalogue/endpoints.ts';
import { buildPath, matchPath } from '../catalogue/paths.ts';
import type { Endpoint } from '../endpoint.ts';
import { ApiErrorBody, type RequestPart, toApiErrorBody } from '../errors/api-error-body.ts';
import { ApiError, NetworkError, RequestValidationError, ResponseValidationError } from './errors.ts';
import type { CallArgs, CallInput, CallResult, Client, ClientOptions, FetchLike } from './types.ts';

/** Placeholder origin to resolve relative `next` URLs; only the path and query are kept. */
const RELATIVE_BASE = 'http://relative.invalid';

function describe(endpoint: Endpoint): string {
  return endpointName(endpoint) ?? `${endpoint.method} ${endpoint.path}`;
}

function validate(schema: z.ZodType, value: unknown, name: string, where: RequestPart): unknown {
  const result = schema.safeParse(value);
  if (!result.success) throw new RequestValidationError(name, where, toApiErrorBody(result.error, where));
  return result.data;
}

function toSearch(query: unknown): string {
  const search = new URLSearchParams();
  if (typeof query === 'object' && query !== null) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** Creates a client that calls catalogue endpoints, validating input before sending and every response. */
export function createClient(options: ClientOptions): Client {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const basePath = new URL(baseUrl, RELATIVE_BASE).pathname.replace(/\/+$/, '');
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));

  async function send(endpoint: Endpoint, pathAndQuery: string, body: unknown, signal?: AbortSignal) {
    const name = describe(endpoint);
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${pathAndQuery}`, {
        method: endpoint.method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: signal ?? null,
      });
    } catch (error) {
      // An abort is the caller's own doing: let it through unchanged for query libraries to recognise.
      if (signal?.aborted) throw error;
      throw new NetworkError(name, error);
    }
    const text = await response.text();
    if (!response.ok) {
      throw new ApiError(name, response.status, parseErrorBody(text));
    }
    if (endpoint.response === null) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new ResponseValidationError(name, '', [], 'the body is not JSON');
    }
    const result = endpoint.response.safeParse(json);
    if (!result.success) {
      const issue = result.error.issues[0];
      const path = issue?.path.map(String).join('.') ?? '';
      throw new ResponseValidationError(name, path, result.error.issues, issue?.message ?? 'invalid');
    }
    return result.data;
  }

  async function call<E extends Endpoint>(endpoint: E, ...args: CallArgs<E>): Promise<CallResult<E>> {
    const input: Partial<CallInput<Endpoint>> = args[0] ?? {};
    const name = describe(endpoint);
    const params = validate(endpoint.params, input.params ?? {}, name, 'params') as Record<string, string>;
    const query = endpoint.query ? validate(endpoint.query, input.query ?? {}, name, 'query') : undefined;
    const body = endpoint.body ? validate(endpoint.body, input.body, name, 'body') : undefined;
    const path = buildPath(endpoint.path, params) + toSearch(query);
    return (await send(endpoint, path, body, input.signal)) as CallResult<E>;
  }

  async function follow<E extends Endpoint>(
    endpoint: E,
    nextUrl: string,
    followOptions: { signal?: AbortSignal } = {},
  ): Promise<CallResult<E>> {
    const name = describe(endpoint);
    const url = new URL(nextUrl, RELATIVE_BASE);
    const pathname =
      basePath !== '' && url.pathname.startsWith(`${basePath}/`)
        ? url.pathname.slice(basePath.length)
        : url.pathname;
    const params = [endpoint.path, ...(endpoint.aliases ?? [])]
      .map((template) => matchPath(template, pathname))
      .find((match) => match !== null);
    const bad = (detail: string) => new ResponseValidationError(name, 'paging.next', [], detail);
    if (params === undefined || !endpoint.params.safeParse(params).success) {
      throw bad(`"${nextUrl}" is not a page of this endpoint`);
    }
    if (endpoint.query && !endpoint.query.safeParse(Object.fromEntries(url.searchParams)).success) {
      throw bad(`"${nextUrl}" has query parameters this endpoint refuses`);
    }
    // Only the path and query of `next` are used: credentials headers never go to another host.
    return (await send(
      endpoint,
      `${pathname}${url.search}`,
      undefined,
      followOptions.signal,
    )) as CallResult<E>;
  }

  return { call, follow };
}

function parseErrorBody(text: string): ApiErrorBody | undefined {
  try {
    const result = ApiErrorBody.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
