import type { Group } from '@sfc/api';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { groupQueries } from './group-queries.ts';

const columns: Column<Group>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (g) => <Link to={paths.groups.detail(g.id)}>{g.name}</Link>,
    csv: (g) => g.name,
  },
  { id: 'description', header: 'Description', cell: (g) => g.description, csv: (g) => g.description },
  { id: 'id', header: 'Id', cell: (g) => <span className="mono">{g.id}</span>, csv: (g) => g.id, width: 'm' },
];

export function SubGroups({ parentId }: { parentId: string }) {
  const query = useInfiniteQuery(groupQueries.list({ parentId }));
  const table = pagedRows(query);
  return (
    <section aria-labelledby="sub-groups">
      <h2 id="sub-groups">Sub-groups</h2>
      <QueryState query={query}>
        {() =>
          table.rows.length === 0 ? (
            <EmptyState title="No sub-groups" />
          ) : (
            <DataTable label="Sub-groups" columns={columns} rowKey={(g) => g.id} {...table} />
          )
        }
      </QueryState>
    </section>
  );
}
