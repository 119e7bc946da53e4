import type { z } from 'zod';

export type HttpMethod = 'GET' | 'POST';

/** A path template: literal segments and `{name}` parameters, e.g. `/api/devices/{id}/messages`. */
export type PathTemplate = `/api/${string}`;

/**
 * One endpoint of the Sigfox API v1, as data. The BFF registers exactly these
 * (the catalogue is its whitelist), the simulator implements a handler for each,
 * and the web client derives its typed `call` from them.
 */
export interface Endpoint {
  /** The method the reference documents. */
  readonly method: HttpMethod;
  /** Other methods served for the same operation (the callback list is documented as POST but read-only: GET too). */
  readonly alsoMethods?: readonly HttpMethod[];
  /** The documented path. */
  readonly path: PathTemplate;
  /** Other paths served for the same operation (consumptions: plural `/api/devices/...` as clients of the live service use). */
  readonly aliases?: readonly PathTemplate[];
  /** One schema per `{name}` in the path: the pattern each parameter must match. */
  readonly params: z.ZodObject<Record<string, z.ZodType<string>>>;
  /** Query string schema (strict: unknown parameters are refused). Absent: no query parameters accepted. */
  readonly query?: z.ZodType;
  /** JSON body schema. Absent: no body. */
  readonly body?: z.ZodType;
  /** Response body schema; `null` when the reference documents an empty body. */
  readonly response: z.ZodType | null;
  /** True when the call changes state upstream (editor role, CSRF, audit log in the BFF). */
  readonly mutation: boolean;
  /**
   * Present on paged list endpoints; the unit of `before`/`since` (null when the endpoint has none).
   * Their query takes `limit` (default 100), `offset` (0 to 5000) and the opaque `cursor` that the
   * server puts in `paging.next` so that `next` reaches every record, even past offset 5000.
   */
  readonly paging?: { readonly timeUnit: 's' | 'ms' | null };
  /** Short human description, with the reference section it implements. */
  readonly summary: string;
}
