import type { User } from '@sfc/api';
import type { GroupRow } from './groups.ts';
import { toGroup } from './groups.ts';
import type { Db } from './open.ts';
import { stmt } from './stmt.ts';

interface UserRow {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  timezone: string;
  creation_time: number;
  last_login: number | null;
}

interface RoleRow extends GroupRow {
  role_id: string;
  role_name: string;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** The backend's display date, "Wed Feb 19 13:19:23 CET 2014", written in UTC. */
function displayDate(ms: number): string {
  const d = new Date(ms);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

/** Users with a role in the group, after rowid `afterId`. */
export function usersOfGroup(
  db: Db,
  groupId: string,
  afterId: number,
  offset: number,
  fetch: number,
): UserRow[] {
  return stmt(
    db,
    `SELECT u.* FROM users u WHERE u.id IN (SELECT user_id FROM user_roles WHERE group_id = ?) AND u.id > ?
     ORDER BY u.id LIMIT ? OFFSET ?`,
  ).all(groupId, afterId, fetch, offset) as UserRow[];
}

/**
 * A user (reference, User list by Group) with the roles held in `visible` groups
 * only: roles elsewhere would reveal groups outside the credentials' subtree.
 */
export function toUser(db: Db, u: UserRow, visible: ReadonlySet<string>): User {
  const roles = stmt(
    db,
    `SELECT g.*, r.role_id, r.role_name FROM user_roles r JOIN groups g ON g.id = r.group_id
     WHERE r.user_id = ? ORDER BY g.id, r.role_id`,
  ).all(u.id) as RoleRow[];
  return {
    firstName: u.first_name,
    lastName: u.last_name,
    email: u.email,
    timezone: u.timezone,
    creationTime: u.creation_time,
    creationDate: displayDate(u.creation_time),
    lastLogin: u.last_login ?? undefined,
    lastLoginDate: u.last_login === null ? undefined : displayDate(u.last_login),
    userRoles: roles
      .filter((r) => visible.has(r.id))
      .map((r) => ({ group: toGroup(r), customRole: { id: r.role_id, name: r.role_name } })),
  };
}
