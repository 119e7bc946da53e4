interface LoadingStateProps {
  label?: string;
}

/** A polite status while a view waits for the server. */
export function LoadingState({ label = 'Loading…' }: LoadingStateProps) {
  return (
    <p role="status" className="state state--loading">
      {label}
    </p>
  );
}
