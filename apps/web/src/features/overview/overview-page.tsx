import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';

export function OverviewPage() {
  return (
    <div className="page">
      <h1>Overview</h1>
      <p>
        <Link to={paths.deviceTypes.list()}>Device types</Link>
      </p>
    </div>
  );
}
