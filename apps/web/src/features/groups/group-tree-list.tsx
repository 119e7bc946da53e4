import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { ErrorState } from '../../components/status/error-state.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { groupQueries } from './group-queries.ts';
import { buildGroupTree, type GroupNode } from './group-tree.ts';
import './group-tree-list.css';

/** Which groups are expanded: `?open=id,id` so a link reproduces the tree as it was. */
function useOpenGroups() {
  const [search, setSearch] = useSearchParams();
  const open = new Set((search.get('open') ?? '').split(',').filter(Boolean));
  const toggle = (id: string) => {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    setSearch(next.size > 0 ? { open: [...next].join(',') } : {}, { replace: true });
  };
  return { open, toggle };
}

/** Sub-groups of an expanded group, loaded when opened, following `paging.next`. */
function GroupChildren({ parentId, parentName }: { parentId: string; parentName: string }) {
  const query = useInfiniteQuery(groupQueries.list({ parentId }));
  const { rows, hasMore, loadingMore, onLoadMore } = pagedRows(query);
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <p className="muted">Loading sub-groups…</p>;
  if (rows.length === 0) return <p className="muted group-tree__none">No sub-groups</p>;
  return (
    <>
      <GroupTreeList nodes={buildGroupTree(rows)} />
      {hasMore && (
        <button
          type="button"
          className="button button--secondary"
          onClick={onLoadMore}
          disabled={loadingMore}
        >
          Load more sub-groups of {parentName}
        </button>
      )}
    </>
  );
}

/** Nested lists of links; each group opens (disclosure button) to show its sub-groups. */
export function GroupTreeList({ nodes }: { nodes: readonly GroupNode[] }) {
  const { open, toggle } = useOpenGroups();
  return (
    <ul className="group-tree">
      {nodes.map(({ group, children }) => {
        const expanded = open.has(group.id);
        return (
          <li key={group.id}>
            <button
              type="button"
              className="group-tree__toggle"
              aria-expanded={expanded}
              aria-label={`Sub-groups of ${group.name}`}
              onClick={() => toggle(group.id)}
            >
              {expanded ? '▾' : '▸'}
            </button>
            <Link to={paths.groups.detail(group.id)}>{group.name}</Link>
            {group.description && <span className="muted"> — {group.description}</span>}
            {children.length > 0 && <GroupTreeList nodes={children} />}
            {expanded && children.length === 0 && (
              <GroupChildren parentId={group.id} parentName={group.name} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
