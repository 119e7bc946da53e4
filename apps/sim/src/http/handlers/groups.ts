import { childGroups, findGroup, toGroup } from '../../db/groups.ts';
import { toUser, usersOfGroup } from '../../db/users.ts';
import type { Handlers } from '../handler.ts';
import { notFound } from '../http-error.ts';
import { encodeCursor, idCursor, numCursor, toPage } from '../paging.ts';

/** Groups API and User API (reference). */
export const groupHandlers = {
  /** Children of the credentials' group, or of `parentId` inside its subtree (reference, Group list). */
  listGroups: ({ query }, ctx) => {
    const parent = query.parentId?.toLowerCase() ?? ctx.scope.groupId;
    ctx.scope.checkGroup(parent);
    const rows = childGroups(ctx.db, parent, idCursor(query.cursor) ?? '', query.offset, query.limit + 1);
    return toPage(rows, query.limit, ctx.url, (r) => encodeCursor('id', [r.id]), toGroup);
  },

  getGroup: ({ params }, ctx) => {
    const id = params.id.toLowerCase();
    ctx.scope.checkGroup(id);
    const row = findGroup(ctx.db, id);
    if (row === undefined) throw notFound(`Group ${id}`);
    return toGroup(row);
  },

  /** Users with a role in `groupId`, which must be inside the subtree (reference, User list by Group). */
  listUsers: ({ query }, ctx) => {
    const groupId = query.groupId.toLowerCase();
    ctx.scope.checkGroup(groupId);
    const rows = usersOfGroup(ctx.db, groupId, numCursor(query.cursor) ?? 0, query.offset, query.limit + 1);
    return toPage(
      rows,
      query.limit,
      ctx.url,
      (r) => encodeCursor('num', [r.id]),
      (r) => toUser(ctx.db, r, ctx.scope.visible),
    );
  },
} satisfies Pick<Handlers, 'listGroups' | 'getGroup' | 'listUsers'>;
