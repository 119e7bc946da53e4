import { z } from 'zod';
import { ObjectId } from './ids.ts';
import { page } from './page.ts';
import { pagingQueryShape } from './query.ts';

/** A group (reference: Groups API, Group information). Properties without a value are omitted. */
export const Group = z.object({
  id: ObjectId,
  name: z.string(),
  nameCI: z.string().optional(),
  description: z.string().optional(),
  /** Ids of the group's parents, root first. */
  path: z.array(ObjectId).optional(),
  billable: z.boolean().optional(),
  bssId: z.string().optional(),
});
/** A group. */
export type Group = z.infer<typeof Group>;

/** A page of groups (reference: Group list). */
export const GroupPage = page(Group);
/** A page of groups. */
export type GroupPage = z.infer<typeof GroupPage>;

/** Query of the group list: paging and an optional `parentId` (reference: Group list, Parameters). */
export const GroupListQuery = z.strictObject({ ...pagingQueryShape, parentId: ObjectId.optional() });
/** Query of the group list, as a caller writes it. */
export type GroupListQuery = z.input<typeof GroupListQuery>;
