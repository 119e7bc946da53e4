import { ApiError, NetworkError, RequestValidationError, ResponseValidationError } from '@sfc/api';

/** True when the session is gone (or never was): the cue to send the user to login. */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** A 4xx other than 401/408/429: retrying the same request cannot help. */
export function isClientError(error: unknown): boolean {
  return (
    error instanceof RequestValidationError ||
    (error instanceof ApiError &&
      error.status >= 400 &&
      error.status < 500 &&
      ![408, 429].includes(error.status))
  );
}

/** What the user reads for an error: the server's own message when it sent one. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.body) return error.body.message;
    if (error.status === 403) return 'You are not allowed to do this.';
    if (error.status === 404) return 'Not found.';
    return `The server answered with status ${error.status}.`;
  }
  if (error instanceof RequestValidationError) return error.body.message;
  if (error instanceof NetworkError)
    return 'The server could not be reached. Check your connection and retry.';
  if (error instanceof ResponseValidationError)
    return `The server sent an unexpected answer (${error.message}).`;
  return error instanceof Error ? error.message : 'Unknown error.';
}

/** Per-field messages of a failed request (`{ field, message }`), for forms. */
export function fieldErrors(error: unknown): { field: string; message: string }[] {
  if (error instanceof ApiError || error instanceof RequestValidationError) return error.body?.errors ?? [];
  return [];
}
