import type { ApiErrorBody } from '@sfc/api';

/** An answer other than 200, thrown by handlers and turned into the project's error body. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }
}

/** 404: "resource was not found for the given request" (reference, HTTP status codes). */
export const notFound = (what: string): HttpError => new HttpError(404, { message: `${what} not found` });

/** 403: "the request is not authorized with your credentials" (reference, HTTP status codes). */
export const forbidden = (what: string): HttpError =>
  new HttpError(403, { message: `Access denied: ${what} is outside the group of these credentials` });

/** 400 naming the field to blame, in the one error shape of the project. */
export const badRequest = (field: string, why: string): HttpError => {
  const message = `${field}: ${why}`;
  return new HttpError(400, { message: `Invalid request: ${message}`, errors: [{ field, message }] });
};
