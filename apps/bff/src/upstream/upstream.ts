/**
 * The one seam that knows how to reach the Sigfox API. The browser side speaks the
 * v1 catalogue; whatever is behind this interface (an HTTP pool, an in-process
 * simulator, a future v2 adapter) only sees already-validated requests.
 */

export interface UpstreamRequest {
  method: 'GET' | 'POST';
  /** Catalogue path with parameters filled in, e.g. `/api/devices/00A1`. */
  path: string;
  /** Validated query string without `?`, possibly empty. */
  query: string;
  /** Validated JSON text, or undefined when the endpoint takes no body. */
  body: string | undefined;
}

export interface UpstreamResponse {
  status: number;
  /** Only the headers the BFF may use: lower-case names. */
  contentType: string | undefined;
  retryAfter: string | undefined;
  body: string;
}

/** Why the upstream could not answer; mapped to 502/504 by the forwarder. */
export type UpstreamFailure = 'refused' | 'timeout' | 'reset' | 'other';

export class UpstreamError extends Error {
  constructor(
    readonly failure: UpstreamFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface Upstream {
  /** Origin and base path the upstream's absolute URLs (`paging.next`) must start with. */
  readonly baseUrl: string;
  /** Credentials, known here only to keep them out of anything sent to the browser. */
  readonly secrets: readonly string[];
  request(req: UpstreamRequest): Promise<UpstreamResponse>;
  close(): Promise<void>;
}

/** The Basic authorization value (RFC 7617) for the upstream's credentials. */
export function basicAuth(login: string, password: string): string {
  return `Basic ${Buffer.from(`${login}:${password}`, 'utf8').toString('base64')}`;
}
