/**
 * The one error shape of the project, `{ message, errors?: [{field, message}] }`, and
 * the one way the BFF writes JSON: explicit headers, nothing copied from elsewhere.
 */

export interface FieldError {
  field: string;
  message: string;
}

export interface ErrorBody {
  message: string;
  errors?: FieldError[];
}

export function json(status: number, body: unknown, extra?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
  });
}

export function jsonError(
  status: number,
  message: string,
  errors?: FieldError[],
  extra?: Record<string, string>,
) {
  const body: ErrorBody = errors && errors.length > 0 ? { message, errors } : { message };
  return json(status, body, extra);
}
