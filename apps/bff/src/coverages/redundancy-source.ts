import { type CoverageMode, CoverageRedundancy } from '@sfc/api';
import { sendUpstream } from '../upstream/send.ts';
import { type Upstream, UpstreamError } from '../upstream/upstream.ts';
import { createLimiter } from './limiter.ts';
import { TtlCache } from './ttl-cache.ts';

/** Redundancy at a point, or a short reason (never upstream text) why there is none. */
export type Lookup = { redundancy: CoverageRedundancy['redundancy'] } | { redundancy: null; error: string };

export interface RedundancySourceOptions {
  upstream: Upstream;
  /** Upstream calls in flight at most, across every batch. */
  concurrency: number;
  cacheEntries: number;
  cacheTtlMs: number;
  now: () => number;
}

export interface RedundancySource {
  lookup(mode: CoverageMode, lat: number, lng: number): Promise<Lookup>;
}

/** A coordinate at 5 decimals (about 1 m), written as the query takes it (never `1e-7`: |x| ≥ 1e-5 or 0). */
const round5 = (x: number) => String(Number(x.toFixed(5)));

/**
 * Answers redundancy lookups through the catalogue's `getCoverageRedundancy` call:
 * one shared limiter, a cache of answers (failures are not kept, so they are asked
 * again), and one upstream call for identical points asked at the same time.
 */
export function createRedundancySource(o: RedundancySourceOptions): RedundancySource {
  const limiter = createLimiter(o.concurrency);
  const cache = new TtlCache<Lookup>(o.cacheEntries, o.cacheTtlMs, o.now);
  const inFlight = new Map<string, Promise<Lookup>>();

  async function ask(mode: CoverageMode, lat: string, lng: string): Promise<Lookup> {
    // The same request the forwarder sends for `GET /api/coverages/redundancy?lat&lng&mode`.
    const query = new URLSearchParams({ lat, lng, mode }).toString();
    try {
      const res = await sendUpstream(
        o.upstream,
        { method: 'GET', path: '/api/coverages/redundancy', query, body: undefined },
        true,
      );
      if (res.status < 200 || res.status > 299) return failed(`upstream status ${res.status}`);
      const parsed = CoverageRedundancy.safeParse(parseJson(res.body));
      return parsed.success
        ? { redundancy: parsed.data.redundancy }
        : failed('upstream answer not understood');
    } catch (err) {
      return failed(err instanceof UpstreamError ? FAILURES[err.failure] : FAILURES.other);
    }
  }

  return {
    lookup(mode, lat, lng) {
      const [la, ln] = [round5(lat), round5(lng)];
      const key = `${mode} ${la},${ln}`;
      const hit = cache.get(key) ?? inFlight.get(key);
      if (hit) return Promise.resolve(hit);
      const pending = limiter
        .run(() => ask(mode, la, ln))
        .then((answer) => {
          if (answer.redundancy !== null) cache.set(key, answer);
          return answer;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
      return pending;
    },
  };
}

const FAILURES: Record<UpstreamError['failure'], string> = {
  timeout: 'upstream timeout',
  refused: 'upstream refused the connection',
  reset: 'upstream connection reset',
  other: 'upstream unreachable',
};

function failed(error: string): Lookup {
  return { redundancy: null, error };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
