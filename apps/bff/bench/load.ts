import { Pool } from 'undici';

export interface LoadResult {
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}

/**
 * A small closed-loop load generator: `connections` keep-alive connections, each
 * sending the next request as soon as the previous answer is read. Loopback only,
 * bounded by `durationMs` and by `maxRequests`.
 */
export async function runLoad(opts: {
  url: string;
  path: string;
  headers: Record<string, string>;
  connections: number;
  warmupMs: number;
  durationMs: number;
  maxRequests: number;
  /**
   * Requests per second for all connections together (open loop, wrk2-style): each
   * request is due at a fixed time and its latency counts from then, so a stall is not
   * hidden by the requests it delayed. Absent: closed loop, as fast as answers come.
   */
  rate?: number;
}): Promise<LoadResult> {
  const origin = new URL(opts.url);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(origin.hostname))
    throw new Error('loopback targets only');
  const pool = new Pool(origin.origin, { connections: opts.connections, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  let measuring = false;
  let stopAt = Number.POSITIVE_INFINITY;

  const interval = opts.rate ? (1000 * opts.connections) / opts.rate : 0;

  async function worker(index: number): Promise<void> {
    let due = performance.now() + (interval * index) / opts.connections;
    while (performance.now() < stopAt && sent < opts.maxRequests) {
      sent += 1;
      if (interval > 0) {
        const wait = due - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      // Late: count from the due time (the wait is part of the latency); early (timer rounding): from now.
      const start = interval > 0 ? Math.min(due, performance.now()) : performance.now();
      due += interval;
      try {
        const res = await pool.request({ method: 'GET', path: opts.path, headers: opts.headers });
        await res.body.text();
        if (res.statusCode !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      if (measuring) latencies.push(performance.now() - start);
    }
  }

  const started = performance.now();
  stopAt = started + opts.warmupMs + opts.durationMs;
  const workers = Array.from({ length: opts.connections }, (_, i) => worker(i));
  const warm = setTimeout(() => {
    measuring = true;
  }, opts.warmupMs);
  const measureStart = started + opts.warmupMs;
  await Promise.all(workers);
  clearTimeout(warm);
  const elapsed = (performance.now() - Math.max(measureStart, started)) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, errors, rps: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}
