import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { fieldErrors } from '../../lib/errors.ts';

/**
 * Puts the server's `{ field, message }` errors on the form's fields, so the user
 * sees them where they typed, with what they typed kept. `known` lists the form's
 * field names; others stay in the overall message.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  known: readonly Path<T>[],
): void {
  for (const { field, message } of fieldErrors(error)) {
    const name = known.find((k) => field === k || field.startsWith(`${k}.`));
    if (name) setError(name, { type: 'server', message });
  }
}
