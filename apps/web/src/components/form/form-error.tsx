import { errorMessage } from '../../lib/errors.ts';

/** A failed submission's overall message, announced; field messages sit on their fields. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p role="alert" className="form-error">
      {errorMessage(error)}
    </p>
  );
}
