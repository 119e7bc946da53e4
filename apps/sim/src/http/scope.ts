import type { Db } from '../db/open.ts';
import { forbidden, notFound } from './http-error.ts';

interface GroupNode {
  id: string;
  parentId: string | null;
  path: string[];
}

/**
 * The group tree, loaded once: the API offers no way to create or move groups, so
 * it never changes while the server runs. Credentials of a group see that group and
 * its descendants (reference, Authentication and security).
 */
export class GroupTree {
  private readonly nodes = new Map<string, GroupNode>();
  private readonly subtrees = new Map<string, ReadonlySet<string>>();

  constructor(db: Db) {
    const rows = db.prepare('SELECT id, parent_id, path FROM groups').all() as {
      id: string;
      parent_id: string | null;
      path: string;
    }[];
    for (const r of rows) {
      this.nodes.set(r.id, { id: r.id, parentId: r.parent_id, path: JSON.parse(r.path) as string[] });
    }
  }

  get size(): number {
    return this.nodes.size;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  /** The group and all its descendants. */
  subtree(root: string): ReadonlySet<string> {
    let set = this.subtrees.get(root);
    if (set === undefined) {
      const ids = new Set<string>([root]);
      for (const node of this.nodes.values()) if (node.path.includes(root)) ids.add(node.id);
      set = ids;
      this.subtrees.set(root, set);
    }
    return set;
  }

  /** Direct children of a group, by id. */
  children(parent: string): string[] {
    return [...this.nodes.values()].filter((n) => n.parentId === parent).map((n) => n.id);
  }
}

/** What the credentials of one request may see. */
export class Scope {
  readonly visible: ReadonlySet<string>;

  constructor(
    readonly tree: GroupTree,
    readonly groupId: string,
  ) {
    this.visible = tree.subtree(groupId);
  }

  /** True when these credentials see every group (no filter needed in SQL). */
  get seesAll(): boolean {
    return this.visible.size === this.tree.size;
  }

  /** Throws 404 for an unknown group, 403 for one outside the subtree. */
  checkGroup(id: string): void {
    if (!this.tree.has(id)) throw notFound(`Group ${id}`);
    if (!this.visible.has(id)) throw forbidden(`group ${id}`);
  }
}
