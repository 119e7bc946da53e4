import { z } from 'zod';
import { Group } from './groups.ts';
import { EpochMillis, ObjectId } from './ids.ts';
import { page } from './page.ts';
import { pagingQueryShape } from './query.ts';

/** A custom role (reference: User list by Group, customRole). */
export const CustomRole = z.object({ id: ObjectId, name: z.string() });

/** A role of a user in a group. */
export const UserRole = z.object({ group: Group, customRole: CustomRole });
/** A role of a user in a group. */
export type UserRole = z.infer<typeof UserRole>;

/** A user (reference: User list by Group). Times are milliseconds; the `...Date` fields are display strings. */
export const User = z.object({
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string(),
  timezone: z.string().optional(),
  creationTime: EpochMillis.optional(),
  creationDate: z.string().optional(),
  lastLogin: EpochMillis.optional(),
  lastLoginDate: z.string().optional(),
  userRoles: z.array(UserRole),
});
/** A user. */
export type User = z.infer<typeof User>;

/** A page of users. */
export const UserPage = page(User);
/** A page of users. */
export type UserPage = z.infer<typeof UserPage>;

/** Query of the user list: `groupId` (required) and paging. */
export const UserListQuery = z.strictObject({ ...pagingQueryShape, groupId: ObjectId });
/** Query of the user list, as a caller writes it. */
export type UserListQuery = z.input<typeof UserListQuery>;
