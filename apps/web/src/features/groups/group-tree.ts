import type { Group } from '@sfc/api';

export interface GroupNode {
  group: Group;
  children: GroupNode[];
}

/**
 * Builds the tree from each group's `path` (its parents' ids, root first): a group
 * hangs under the last id of its path. A group whose parent is not loaded (outside
 * the credentials' reach, or on a page not loaded yet) is a root, so nothing is hidden.
 */
export function buildGroupTree(groups: readonly Group[]): GroupNode[] {
  const nodes = new Map<string, GroupNode>(groups.map((group) => [group.id, { group, children: [] }]));
  const roots: GroupNode[] = [];
  for (const node of nodes.values()) {
    const parentId = node.group.path?.at(-1);
    const parent = parentId === undefined ? undefined : nodes.get(parentId);
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }
  const byName = (a: GroupNode, b: GroupNode) => a.group.name.localeCompare(b.group.name);
  const sort = (list: GroupNode[]) => {
    list.sort(byName);
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}
