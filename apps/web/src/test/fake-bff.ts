import { vi } from 'vitest';

export interface FakeRequest {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Reply = { status?: number; body?: unknown } | undefined;
export type Handler = (request: FakeRequest) => Reply | Promise<Reply>;

/** A JSON answer; `undefined` body means an empty 200. */
export function reply(body?: unknown, status = 200): Reply {
  return { status, body };
}

/**
 * Replaces `fetch` with a fake BFF: handlers keyed "METHOD /path" (path without the
 * query), or "METHOD /path/*" for a prefix. Unknown routes answer 404 so that a test
 * never passes on a request it did not expect. Returns the requests seen.
 */
export function installFakeBff(routes: Record<string, Handler>): FakeRequest[] {
  const seen: FakeRequest[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const url = new URL(input, 'http://console.test');
    const method = init.method ?? 'GET';
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: FakeRequest = {
      method,
      path: url.pathname,
      search: url.searchParams,
      headers: new Headers(init.headers),
      body,
    };
    seen.push(request);
    const key = `${method} ${url.pathname}`;
    const handler =
      routes[key] ??
      Object.entries(routes).find(([k]) => k.endsWith('/*') && key.startsWith(k.slice(0, -1)))?.[1];
    const answer = handler ? await handler(request) : { status: 404, body: { message: `no route ${key}` } };
    const status = answer?.status ?? 200;
    const text = answer?.body === undefined ? '' : JSON.stringify(answer.body);
    return new Response(text, { status, headers: { 'content-type': 'application/json' } });
  });
  return seen;
}

export const editorSession = { username: 'ada', role: 'editor', csrfToken: 'csrf-1' } as const;
export const viewerSession = { username: 'vic', role: 'viewer', csrfToken: 'csrf-2' } as const;
