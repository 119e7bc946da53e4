import { jsonError } from '../http/json.ts';
import type { UpstreamError, UpstreamResponse } from '../upstream/upstream.ts';

/**
 * How an upstream answer becomes the browser's answer. Headers are built here: only
 * Content-Type (always JSON), Cache-Control and, on 429, Retry-After. Set-Cookie,
 * WWW-Authenticate, Location and everything else the upstream sent stay behind.
 *
 * - 2xx: the body (with `paging.next` rewritten by the caller), if it is JSON; else 502;
 * - 3xx: never followed, 502 (a redirect could lead the credentials elsewhere);
 * - 401: 502, since it means the BFF's own credentials were refused; passing it on
 *   would make the browser believe its session ended;
 * - 429: 429 with the upstream's Retry-After;
 * - other 4xx: the same status with the upstream's message;
 * - 5xx: 502 (RFC 9110 §15.6.3, a gateway relaying an invalid upstream answer).
 */
export function fromUpstream(
  res: UpstreamResponse,
  scrub: (text: string) => string,
  okBody: () => string,
): Response {
  const s = res.status;
  if (s >= 200 && s < 300) {
    // The browser is told the answer is JSON: anything else from the upstream is not passed on.
    if (res.body.length > 0 && s !== 204 && !isJson(res.contentType)) {
      return jsonError(502, 'The Sigfox API answered with something other than JSON');
    }
    const body = s === 204 || res.body.length === 0 ? null : scrub(okBody());
    return new Response(body, {
      status: s === 204 || body === null ? 204 : s,
      headers: body === null ? { 'cache-control': 'no-store' } : JSON_HEADERS,
    });
  }
  if (s >= 300 && s < 400)
    return jsonError(502, 'The Sigfox API answered with a redirect, which is not followed');
  if (s === 401) return jsonError(502, 'The Sigfox API refused the console’s credentials');
  if (s === 429) {
    const retry = retryAfter(res.retryAfter);
    return jsonError(429, 'The Sigfox API is rate limiting requests; try again later', undefined, retry);
  }
  if (s >= 400 && s < 500) {
    const { message, errors } = upstreamMessage(res.body, s);
    return jsonError(
      s,
      scrub(message),
      errors?.map((e) => ({ field: scrub(e.field), message: scrub(e.message) })),
    );
  }
  return jsonError(502, `The Sigfox API failed (HTTP ${s})`);
}

/**
 * Retry-After is delay-seconds or an HTTP-date (RFC 9110 §10.2.3); it is copied only
 * in one of those shapes, so the upstream cannot put anything else into our headers.
 */
function retryAfter(value: string | undefined): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  const ok =
    /^\d{1,9}$/.test(v) ||
    (/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(v) && !Number.isNaN(Date.parse(v)));
  return ok ? { 'retry-after': v } : undefined;
}

function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json' || (type?.startsWith('application/') === true && type.endsWith('+json'));
}

const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

export function fromFailure(err: UpstreamError): Response {
  if (err.failure === 'timeout') return jsonError(504, `${err.message} (gateway timeout)`);
  return jsonError(502, err.message);
}

interface UpstreamErrorBody {
  message: string;
  errors?: { field: string; message: string }[];
}

/** The upstream's `{message, errors}` when it sent one, else a generic message. */
function upstreamMessage(text: string, status: number): UpstreamErrorBody {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
      const out: UpstreamErrorBody = { message: body.message.slice(0, 1000) };
      if ('errors' in body && Array.isArray(body.errors)) {
        out.errors = body.errors
          .filter(
            (e): e is { field: string; message: string } =>
              typeof e?.field === 'string' && typeof e?.message === 'string',
          )
          .slice(0, 100)
          .map((e) => ({ field: e.field.slice(0, 200), message: e.message.slice(0, 1000) }));
      }
      return out;
    }
  } catch {
    // Not JSON: fall through to the generic message.
  }
  return { message: `The Sigfox API answered HTTP ${status}` };
}

/** Replaces every occurrence of the upstream credentials (defence in depth against an echoing upstream). */
export function scrubber(secrets: readonly string[]): (text: string) => string {
  const live = secrets.filter((s) => s.length >= 4);
  return (text) => {
    let out = text;
    for (const s of live) if (out.includes(s)) out = out.split(s).join('[redacted]');
    return out;
  };
}
