import type { z } from 'zod';
import type { ApiErrorBody, RequestPart } from '../errors/api-error-body.ts';

/** The server answered with a non-2xx status. `body` is set when it was the project's error shape. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly endpoint: string,
    readonly status: number,
    readonly body: ApiErrorBody | undefined,
  ) {
    super(body?.message ?? `${endpoint}: HTTP ${status}`);
  }
}

/** The request never got an HTTP answer (connection refused, DNS, CORS, offline). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(
    readonly endpoint: string,
    cause: unknown,
  ) {
    super(`${endpoint}: network error${cause instanceof Error ? `: ${cause.message}` : ''}`, { cause });
  }
}

/** The input did not match the endpoint's schemas; nothing was sent. `body` has the 400 shape, for forms. */
export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';
  constructor(
    readonly endpoint: string,
    readonly where: RequestPart,
    readonly body: ApiErrorBody,
  ) {
    super(`${endpoint}: ${body.message}`);
  }
}

/** The response did not match the endpoint's response schema (or was not JSON). */
export class ResponseValidationError extends Error {
  override readonly name = 'ResponseValidationError';
  constructor(
    readonly endpoint: string,
    /** Dotted path of the first bad field ('' for the whole body). */
    readonly path: string,
    readonly issues: readonly z.core.$ZodIssue[],
    detail: string,
  ) {
    super(`${endpoint}: invalid response at ${path === '' ? '(root)' : path}: ${detail}`);
  }
}
