import type { Group } from '@sfc/api';
import type { Db } from './open.ts';
import { stmt } from './stmt.ts';

export interface GroupRow {
  id: string;
  parent_id: string | null;
  name: string;
  description: string | null;
  path: string;
  billable: number;
  bss_id: string | null;
}

/** A group as the API shows it (reference, Group information); nameCI is the lower-cased name. */
export function toGroup(r: GroupRow): Group {
  return {
    id: r.id,
    name: r.name,
    nameCI: r.name.toLowerCase(),
    description: r.description ?? undefined,
    path: JSON.parse(r.path) as string[],
    billable: r.billable === 1,
    bssId: r.bss_id ?? undefined,
  };
}

export function findGroup(db: Db, id: string): GroupRow | undefined {
  return stmt(db, 'SELECT * FROM groups WHERE id = ?').get(id) as GroupRow | undefined;
}

/** Children of a group after `afterId`, by id. */
export function childGroups(
  db: Db,
  parentId: string,
  afterId: string,
  offset: number,
  fetch: number,
): GroupRow[] {
  return stmt(db, 'SELECT * FROM groups WHERE parent_id = ? AND id > ? ORDER BY id LIMIT ? OFFSET ?').all(
    parentId,
    afterId,
    fetch,
    offset,
  ) as GroupRow[];
}
