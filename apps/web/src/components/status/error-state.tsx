import { errorMessage } from '../../lib/errors.ts';

interface ErrorStateProps {
  error: unknown;
  /** Offered as a "Retry" button; omitted when retrying cannot help. */
  onRetry?: () => void;
  title?: string;
}

/** The server's own message (the BFF's `{ message }`), and a way to try again. */
export function ErrorState({ error, onRetry, title = 'Something went wrong' }: ErrorStateProps) {
  return (
    <div role="alert" className="state state--error">
      <p className="state__title">{title}</p>
      <p>{errorMessage(error)}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
