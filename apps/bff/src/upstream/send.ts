import { type Upstream, UpstreamError, type UpstreamRequest, type UpstreamResponse } from './upstream.ts';

/**
 * Sends one request upstream. Reads are retried once on a reset keep-alive connection
 * (the server may close an idle one as we reuse it); mutations never (RFC 9110 §9.2.2).
 */
export async function sendUpstream(
  upstream: Upstream,
  req: UpstreamRequest,
  idempotent: boolean,
): Promise<UpstreamResponse> {
  try {
    return await upstream.request(req);
  } catch (err) {
    if (idempotent && err instanceof UpstreamError && err.failure === 'reset') return upstream.request(req);
    throw err;
  }
}
