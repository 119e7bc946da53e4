import { useInfiniteQuery } from '@tanstack/react-query';
import { ExportCsvButton } from '../../components/data-table/export-csv-button.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { groupQueries } from './group-queries.ts';
import { buildGroupTree } from './group-tree.ts';
import { GroupTreeList } from './group-tree-list.tsx';

/** Every group the credentials can see, as a tree built from each group's `path`. */
export function GroupsPage() {
  const query = useInfiniteQuery(groupQueries.list());
  const { rows, hasMore, loadingMore, onLoadMore } = pagedRows(query);
  return (
    <div className="page">
      <div className="page__header">
        <h1>Groups</h1>
        <ExportCsvButton
          label="Groups"
          headers={['id', 'name', 'description', 'parent']}
          rows={() => rows.map((g) => [g.id, g.name, g.description, g.path?.at(-1)])}
          disabled={rows.length === 0}
        />
      </div>
      <QueryState query={query} loadingLabel="Loading groups…">
        {() =>
          rows.length === 0 ? (
            <EmptyState title="No groups">Your credentials see no sub-groups.</EmptyState>
          ) : (
            <nav aria-label="Group tree">
              <GroupTreeList nodes={buildGroupTree(rows)} />
            </nav>
          )
        }
      </QueryState>
      {hasMore && (
        <button
          type="button"
          className="button button--secondary"
          onClick={onLoadMore}
          disabled={loadingMore}
        >
          {loadingMore ? 'Loading more…' : 'Load more groups'}
        </button>
      )}
    </div>
  );
}
