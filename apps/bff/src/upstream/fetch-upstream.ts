import {
  type Upstream,
  UpstreamError,
  type UpstreamRequest,
  type UpstreamResponse,
  basicAuth,
} from './upstream.ts';

export type FetchLike = (request: Request) => Response | Promise<Response>;

export interface FetchUpstreamOptions {
  fetch: FetchLike;
  /** The origin the fetch function believes it serves (its `paging.next` URLs start with it). */
  baseUrl: string;
  login: string;
  password: string;
  timeoutMs: number;
}

/**
 * An upstream from a fetch function: the simulator in-process (`sim.fetch`) in tests.
 * Same contract as the pool: built headers, no redirects followed, timeouts enforced.
 */
export function createFetchUpstream(opts: FetchUpstreamOptions): Upstream {
  const base = opts.baseUrl.replace(/\/+$/, '');
  const authorization = basicAuth(opts.login, opts.password);

  async function request(req: UpstreamRequest): Promise<UpstreamResponse> {
    const headers = new Headers({ accept: 'application/json', authorization });
    if (req.body !== undefined) headers.set('content-type', 'application/json');
    const url = base + req.path + (req.query ? `?${req.query}` : '');
    const signal = AbortSignal.timeout(opts.timeoutMs);
    try {
      const res = await raceAbort(
        opts.fetch(
          new Request(url, { method: req.method, headers, body: req.body, redirect: 'manual', signal }),
        ),
        signal,
      );
      const body = await raceAbort(res.text(), signal);
      return {
        status: res.status,
        contentType: res.headers.get('content-type') ?? undefined,
        retryAfter: res.headers.get('retry-after') ?? undefined,
        body,
      };
    } catch (err) {
      if (err instanceof UpstreamError) throw err;
      if (signal.aborted) throw new UpstreamError('timeout', 'The Sigfox API did not answer in time');
      throw new UpstreamError('other', 'The Sigfox API could not be reached');
    }
  }

  return {
    baseUrl: base,
    secrets: [opts.login, opts.password, authorization.slice('Basic '.length)],
    request,
    close: async () => {},
  };
}

/** An in-process fetch may ignore the signal: stop waiting for it anyway. */
function raceAbort<T>(work: T | Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new UpstreamError('timeout', 'The Sigfox API did not answer in time'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.resolve(work).then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
