import type { EndpointName, endpoints } from '@sfc/api';
import type { z } from 'zod';
import type { Db } from '../db/open.ts';
import type { BaseStation } from '../world/index.ts';
import type { Scope } from './scope.ts';

type Entry<K extends EndpointName> = (typeof endpoints)[K];
type Part<E, P extends string> = E extends { readonly [key in P]: infer S extends z.ZodType }
  ? z.output<S>
  : undefined;

/** What a handler receives: path parameters, query and body, validated by the catalogue's schemas. */
export interface Input<K extends EndpointName> {
  params: z.output<Entry<K>['params']>;
  query: Part<Entry<K>, 'query'>;
  body: Part<Entry<K>, 'body'>;
}

/** The body a handler answers: the catalogue's response schema (input side), nothing for an empty body. */
export type Reply<K extends EndpointName> = Entry<K>['response'] extends infer S extends z.ZodType
  ? z.input<S>
  : undefined;

/** Per-request context. */
export interface Ctx {
  db: Db;
  scope: Scope;
  /** The URL as the client used it: `paging.next` is built from it. */
  url: URL;
  /** Simulated time, epoch milliseconds. */
  now: () => number;
  stations: readonly BaseStation[];
}

export type Handler<K extends EndpointName> = (input: Input<K>, ctx: Ctx) => Reply<K>;

/** One handler per catalogue entry: the compiler flags a missing one. */
export type Handlers = { [K in EndpointName]: Handler<K> };
