import { z } from 'zod';

/**
 * Paging information: `next` is the absolute URL of the next page, absent on the
 * last page (reference: "paging: paging information, if more ... are available").
 * Some endpoints send an empty `paging` object on the last page, others none.
 */
export const Paging = z.object({
  next: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).optional(),
});
/** Paging information of a list response. */
export type Paging = z.infer<typeof Paging>;

/** A page of records: `{ data: T[], paging?: { next? } }`. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), paging: Paging.optional() });
}
