import type { User } from '@sfc/api';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { TimeText } from '../../components/time-text.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { csvTime } from '../../lib/time.ts';
import { userQueries } from './group-queries.ts';

function fullName(u: User): string {
  return [u.firstName, u.lastName].filter(Boolean).join(' ') || '—';
}

function roles(u: User): string {
  return u.userRoles.map((r) => `${r.customRole.name} (${r.group.name})`).join(', ');
}

const columns: Column<User>[] = [
  { id: 'name', header: 'Name', cell: fullName, csv: fullName, width: 'm' },
  { id: 'email', header: 'Email', cell: (u) => u.email, csv: (u) => u.email, width: 'm' },
  { id: 'roles', header: 'Roles', cell: roles, csv: roles },
  {
    id: 'lastLogin',
    header: 'Last login',
    cell: (u) => <TimeText value={u.lastLogin} unit="ms" />,
    csv: (u) => csvTime(u.lastLogin, 'ms'),
    width: 'm',
  },
];

export function GroupUsers({ groupId }: { groupId: string }) {
  const query = useInfiniteQuery(userQueries.byGroup(groupId));
  const table = pagedRows(query);
  return (
    <section aria-labelledby="group-users">
      <h2 id="group-users">Users</h2>
      <QueryState query={query}>
        {() =>
          table.rows.length === 0 ? (
            <EmptyState title="No users with a role in this group" />
          ) : (
            <DataTable label="Users" columns={columns} rowKey={(u) => u.email} {...table} />
          )
        }
      </QueryState>
    </section>
  );
}
