import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { GroupNode } from './group-tree.ts';
import './group-tree-list.css';

/** Nested lists of links: screen readers announce the nesting level of each group. */
export function GroupTreeList({ nodes }: { nodes: readonly GroupNode[] }) {
  return (
    <ul className="group-tree">
      {nodes.map(({ group, children }) => (
        <li key={group.id}>
          <Link to={paths.groups.detail(group.id)}>{group.name}</Link>
          {group.description && <span className="muted"> — {group.description}</span>}
          {children.length > 0 && <GroupTreeList nodes={children} />}
        </li>
      ))}
    </ul>
  );
}
