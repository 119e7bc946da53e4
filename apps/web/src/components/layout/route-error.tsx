import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ErrorState } from '../status/error-state.tsx';

/** What a route shows when its loader or component fails: the message, and a way out. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound />;
  }
  return (
    <div className="page">
      <ErrorState error={error} onRetry={() => window.location.reload()} />
      <Link to={paths.overview()}>Back to the overview</Link>
    </div>
  );
}

export function NotFound() {
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. <Link to={paths.overview()}>Back to the overview</Link>
      </p>
    </div>
  );
}
