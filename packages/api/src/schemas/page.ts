import { z } from 'zod';

/** An absolute http(s) URL, or a root-relative path (`/api/...`, never `//host`). */
function isNextUrl(value: string): boolean {
  if (value.startsWith('/')) return !value.startsWith('//') && !/[\s\\]/.test(value);
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Paging information: `next` is the URL of the next page, absent on the last page
 * (reference: "paging: paging information, if more ... are available"). Sigfox and
 * the simulator write it absolute; the BFF, which serves the same contract to the
 * browser under its own origin, may write it root-relative. `follow` takes either.
 * Some endpoints send an empty `paging` object on the last page, others none.
 */
export const Paging = z.object({
  next: z.string().refine(isNextUrl, 'must be an absolute http(s) URL or a root-relative path').optional(),
});
/** Paging information of a list response. */
export type Paging = z.infer<typeof Paging>;

/** A page of records: `{ data: T[], paging?: { next? } }`. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), paging: Paging.optional() });
}
