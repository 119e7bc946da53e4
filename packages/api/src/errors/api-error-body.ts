import { z } from 'zod';

/**
 * The one error body of the project, for every 400 the simulator and the BFF answer
 * (and any other error they describe): a message, and per-field errors where a
 * field is to blame. `field` is the dotted path (`keepAlive`, `ids.0.pk`,
 * `headers.X-Token`); each `message` names its field too, so it reads alone.
 */
export const ApiErrorBody = z.object({
  message: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});
/** The error body of the project. */
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** Which part of a request a validation error is about. */
export type RequestPart = 'query' | 'body' | 'params';

const PART_NAMES: Record<RequestPart, string> = {
  query: 'query parameter',
  body: 'body',
  params: 'path parameter',
};

type FieldError = NonNullable<ApiErrorBody['errors']>[number];

function fieldErrors(issue: z.core.$ZodIssue, where: RequestPart): FieldError[] {
  const base = issue.path.map(String).join('.');
  // Unknown keys are one issue for all of them; report each as its own field.
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const field = base === '' ? key : `${base}.${key}`;
      return { field, message: `${field}: unknown ${where === 'body' ? 'field' : PART_NAMES[where]}` };
    });
  }
  const field = base === '' ? where : base;
  return [{ field, message: `${field}: ${issue.message}` }];
}

/**
 * Turns a zod error into the project's 400 body. `where` names the request part,
 * and stands as the field when an issue concerns the part as a whole (a body that is
 * not an array, for instance).
 */
export function toApiErrorBody(error: z.ZodError, where: RequestPart): ApiErrorBody {
  const errors = error.issues.flatMap((issue) => fieldErrors(issue, where));
  const first = errors[0]?.message ?? 'invalid';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  return { message: `Invalid ${PART_NAMES[where]}: ${first}${more}`, errors };
}
