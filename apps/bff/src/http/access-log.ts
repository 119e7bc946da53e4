import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

export type LogSink = (line: string) => void;

/**
 * One JSON line per request: time, client, method, path (no query string, no header,
 * no body: nothing that could carry a secret), status, duration and the user. Written
 * by hand rather than JSON.stringify of an object, since it runs on every request;
 * free-form strings still go through JSON.stringify, and the method is an HTTP token
 * (no quote or backslash, RFC 9110 §5.6.2).
 */
export function accessLine(c: Context<AppEnv>, ip: string, ms: number): string {
  const user = c.get('user')?.username;
  return (
    `{"t":"${new Date().toISOString()}","ip":${JSON.stringify(ip)},"method":"${c.req.method}",` +
    `"path":${JSON.stringify(c.req.path.slice(0, 256))},"status":${c.res.status},"ms":${Math.round(ms * 10) / 10}` +
    `${user === undefined ? '' : `,"user":${JSON.stringify(user)}`}}`
  );
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
