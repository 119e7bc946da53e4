import { Pool, errors } from 'undici';
import {
  type Upstream,
  UpstreamError,
  type UpstreamRequest,
  type UpstreamResponse,
  basicAuth,
} from './upstream.ts';

export interface PoolUpstreamOptions {
  url: string;
  login: string;
  password: string;
  timeoutMs: number;
  connections: number;
  /** Largest upstream answer read; beyond it the request fails (502). 16 MiB by default. */
  maxResponseBytes?: number;
}

/**
 * An undici Pool with keep-alive against SIGFOX_API_URL. The deadline is undici's
 * headers and body timeouts: they run on its shared timer wheel (about one second of
 * resolution, so a 10 s timeout fires between 10 and 11 s), which costs far less per
 * request than a timer and an AbortController of our own. Headers are built here, never
 * copied from the browser: only Accept, Content-Type and the Basic auth of the BFF.
 * undici's `request` never follows redirects (no redirect interceptor is installed).
 */
export function createPoolUpstream(opts: PoolUpstreamOptions): Upstream {
  const base = new URL(opts.url);
  const basePath = base.pathname.replace(/\/+$/, '');
  const pool = new Pool(base.origin, {
    connections: opts.connections,
    keepAliveTimeout: 30_000,
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
    connectTimeout: Math.min(opts.timeoutMs, 10_000),
    // A page of the API is at most a few hundred kilobytes; a runaway answer must not fill memory.
    maxResponseSize: opts.maxResponseBytes ?? 16 * 1024 * 1024,
  });
  const authorization = basicAuth(opts.login, opts.password);

  async function request(req: UpstreamRequest): Promise<UpstreamResponse> {
    const headers: Record<string, string> = { accept: 'application/json', authorization };
    if (req.body !== undefined) headers['content-type'] = 'application/json';
    try {
      const res = await pool.request({
        method: req.method,
        path: basePath + req.path + (req.query ? `?${req.query}` : ''),
        headers,
        body: req.body,
      });
      const body = await res.body.text();
      return {
        status: res.statusCode,
        contentType: single(res.headers['content-type']),
        retryAfter: single(res.headers['retry-after']),
        body,
      };
    } catch (err) {
      throw toUpstreamError(err);
    }
  }

  return {
    baseUrl: base.origin + basePath,
    secrets: [opts.login, opts.password, authorization.slice('Basic '.length)],
    request,
    close: () => pool.close(),
  };
}

function single(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Maps undici's errors to the failure kinds; messages never include the request. */
export function toUpstreamError(err: unknown): UpstreamError {
  if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError) {
    return new UpstreamError('timeout', 'The Sigfox API did not answer in time');
  }
  if (err instanceof errors.ConnectTimeoutError) {
    return new UpstreamError('timeout', 'Connecting to the Sigfox API timed out');
  }
  if (err instanceof errors.ResponseExceededMaxSizeError) {
    return new UpstreamError('other', 'The Sigfox API answer was too large');
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ECONNREFUSED') return new UpstreamError('refused', 'The Sigfox API refused the connection');
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return new UpstreamError('reset', 'The connection to the Sigfox API was reset');
  }
  return new UpstreamError('other', 'The Sigfox API could not be reached');
}
