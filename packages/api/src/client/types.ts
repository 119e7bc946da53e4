import type { z } from 'zod';
import type { Endpoint } from '../endpoint.ts';

type ParamsPart<E extends Endpoint> = keyof E['params']['shape'] extends never
  ? { params?: Record<string, never> }
  : { params: z.input<E['params']> };

type QueryPart<E extends Endpoint> = E extends { query: infer Q extends z.ZodType }
  ? Record<never, never> extends z.input<Q>
    ? { query?: z.input<Q> }
    : { query: z.input<Q> }
  : { query?: never };

type BodyPart<E extends Endpoint> = E extends { body: infer B extends z.ZodType }
  ? { body: z.input<B> }
  : { body?: never };

/** What `call` takes for an endpoint: its params, query and body as a caller writes them. */
export type CallInput<E extends Endpoint> = ParamsPart<E> &
  QueryPart<E> &
  BodyPart<E> & { signal?: AbortSignal };

/** What `call` resolves to: the parsed response, or nothing for an empty-body endpoint. */
export type CallResult<E extends Endpoint> = E extends { response: infer R extends z.ZodType }
  ? z.output<R>
  : undefined;

/** The second argument of `call`: optional when the endpoint needs no input. */
export type CallArgs<E extends Endpoint> =
  Record<never, never> extends CallInput<E> ? [input?: CallInput<E>] : [input: CallInput<E>];

/** The fetch the client uses (the platform's by default). */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Options of `createClient`. */
export interface ClientOptions {
  /** Origin (and optional path prefix) the `/api/...` paths are appended to; '' for same-origin. */
  readonly baseUrl: string;
  readonly fetch?: FetchLike;
  /** Headers sent with every request (e.g. a CSRF token); never forwarded by `follow` to another host. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A typed client over the catalogue. */
export interface Client {
  /** Validates the input, calls the endpoint, validates and returns the response. */
  call<E extends Endpoint>(endpoint: E, ...args: CallArgs<E>): Promise<CallResult<E>>;
  /**
   * Fetches the page a `paging.next` URL points to (relative or absolute), always from
   * the client's own `baseUrl`, after checking it is a page of the same endpoint.
   */
  follow<E extends Endpoint>(
    endpoint: E,
    nextUrl: string,
    options?: { signal?: AbortSignal },
  ): Promise<CallResult<E>>;
}
