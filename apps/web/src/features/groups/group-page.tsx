import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { QueryState } from '../../components/status/query-state.tsx';
import { groupQueries } from './group-queries.ts';
import { GroupDeviceTypes } from './group-device-types.tsx';
import { GroupLink } from './group-link.tsx';
import { GroupUsers } from './group-users.tsx';
import { SubGroups } from './sub-groups.tsx';

export function GroupPage() {
  const groupId = useParams().groupId ?? '';
  const query = useQuery(groupQueries.detail(groupId));
  return (
    <QueryState query={query} loadingLabel="Loading group…">
      {(group) => (
        <div className="page">
          <nav aria-label="Breadcrumb">
            <Link to={paths.groups.list()}>Groups</Link>
            {group.path?.map((parentId) => (
              <span key={parentId}>
                {' / '}
                <GroupLink id={parentId} />
              </span>
            ))}
          </nav>
          <h1>{group.name}</h1>
          <dl className="facts">
            <dt>Id</dt>
            <dd className="mono">{group.id}</dd>
            <dt>Description</dt>
            <dd>{group.description ?? '—'}</dd>
            <dt>Billable</dt>
            <dd>{group.billable === undefined ? '—' : group.billable ? 'Yes' : 'No'}</dd>
            <dt>BSS id</dt>
            <dd>{group.bssId ?? '—'}</dd>
          </dl>
          <SubGroups parentId={group.id} />
          <GroupDeviceTypes groupId={group.id} />
          <GroupUsers groupId={group.id} />
        </div>
      )}
    </QueryState>
  );
}
