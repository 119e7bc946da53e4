import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';

export type LogSink = (line: string) => void;

/**
 * One JSON line per request: time, client, method, path (no query string, no header,
 * no body: nothing that could carry a secret), status, duration and the user.
 */
export function accessLog(sink: LogSink, ipOf: (c: Parameters<MiddlewareHandler<AppEnv>>[0]) => string) {
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    const start = performance.now();
    await next();
    // Written by hand rather than JSON.stringify of an object: this runs on every
    // request, and it halves the cost. Free-form strings still go through JSON.stringify;
    // the method is an HTTP token (no quote or backslash, RFC 9110 §5.6.2).
    const user = c.get('user')?.username;
    const ms = Math.round((performance.now() - start) * 10) / 10;
    sink(
      `{"t":"${new Date().toISOString()}","ip":${JSON.stringify(ipOf(c))},"method":"${c.req.method}",` +
        `"path":${JSON.stringify(c.req.path.slice(0, 256))},"status":${c.res.status},"ms":${ms}` +
        `${user === undefined ? '' : `,"user":${JSON.stringify(user)}`}}`,
    );
  };
  return middleware;
}

/**
 * A sink to a stream that joins the lines of one event-loop turn into one write: at
 * thousands of requests a second, one write per line costs more than the logging.
 */
export function batchedSink(out: { write(text: string): unknown }): LogSink {
  let pending: string[] = [];
  const flush = () => {
    const text = `${pending.join('\n')}\n`;
    pending = [];
    out.write(text);
  };
  return (line) => {
    if (pending.length === 0) setImmediate(flush);
    pending.push(line);
  };
}
