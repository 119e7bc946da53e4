import { checkTarget } from './loopback.ts';
import type { DeliveryOptions, RenderedHttp } from './types.ts';

/** Sigfox records a transport failure (refused, timeout, unknown host) as status 600 (domain-notes). */
export const TRANSPORT_FAILURE = 600;

export interface HttpResult {
  status: number;
  info: string;
  body?: string;
}

/**
 * Sends one rendered callback request. Never follows redirects (a 3xx is the answer,
 * and a failure since it is not 2xx); the whole exchange, body included, must end
 * within the timeout (domain-notes: "A callback must answer 2xx within 10 s").
 */
export async function sendHttp(
  request: RenderedHttp,
  options: DeliveryOptions,
  readBody: boolean,
): Promise<HttpResult> {
  const target = checkTarget(request.url, options.allowNonLocalDelivery);
  if (!target.ok) return { status: TRANSPORT_FAILURE, info: target.info };
  const headers = new Headers();
  try {
    for (const [name, value] of Object.entries(request.headers)) headers.set(name, value);
    if (request.contentType !== undefined) headers.set('content-type', request.contentType);
  } catch (error) {
    return { status: TRANSPORT_FAILURE, info: `Invalid header: ${messageOf(error)}` };
  }
  const exchange = () => fetchOnce(target.url, request, headers, options, readBody);
  return options.limit ? options.limit(exchange) : exchange();
}

async function fetchOnce(
  url: URL,
  request: RenderedHttp,
  headers: Headers,
  options: DeliveryOptions,
  readBody: boolean,
): Promise<HttpResult> {
  // The deadline starts when the request does, not while it waits for a delivery slot.
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      redirect: 'manual',
      signal,
    });
    const body = readBody ? await response.text() : undefined;
    if (!readBody) await response.body?.cancel();
    const info = response.statusText || (response.ok ? 'OK' : `HTTP ${response.status}`);
    return body === undefined ? { status: response.status, info } : { status: response.status, info, body };
  } catch (error) {
    if (signal.aborted)
      return { status: TRANSPORT_FAILURE, info: `Timeout after ${formatSeconds(options.timeoutMs)}` };
    return { status: TRANSPORT_FAILURE, info: transportInfo(error, url) };
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/** undici reports the socket error as the `cause` of a generic "fetch failed". */
function transportInfo(error: unknown, url: URL): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const where = `${url.host}${url.pathname}`;
  switch (code) {
    case 'ECONNREFUSED':
      return `Connection refused: ${where}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Unknown host: ${url.hostname}`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `Connection reset: ${where}`;
    default:
      return messageOf(cause);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
