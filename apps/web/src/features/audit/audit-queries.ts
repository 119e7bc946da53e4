import { infiniteQueryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { bffRequest } from '../../lib/api-client.ts';

/** One audited mutation, as `GET /bff/audit` writes it (apps/bff README, "Audit log"). */
export const AuditEntry = z.object({
  /** ISO 8601. */
  time: z.string(),
  user: z.string(),
  role: z.string(),
  endpoint: z.string(),
  method: z.string(),
  path: z.string(),
  params: z.record(z.string(), z.string()),
  query: z.record(z.string(), z.string()),
  /** Absent for mutations sent without a body (disengage is a GET). */
  body: z.unknown().optional(),
  /** The upstream's status, or the BFF's 502/504. */
  status: z.number().int(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

const AuditPage = z.object({
  data: z.array(AuditEntry),
  paging: z.object({ next: z.string().optional() }).optional(),
});

/** `next` is followed only when it is the BFF's own audit route, never another path. */
function auditPath(next: string): `/bff/${string}` {
  if (!next.startsWith('/bff/audit?')) throw new Error(`Unexpected audit paging link: ${next}`);
  return next as `/bff/${string}`;
}

export const auditQueries = {
  all: () => ['audit'] as const,
  /** Newest first; pages follow the BFF's relative `paging.next`. */
  list: () =>
    infiniteQueryOptions({
      queryKey: [...auditQueries.all(), 'list'] as const,
      initialPageParam: '/bff/audit?limit=200',
      queryFn: ({ pageParam, signal }) =>
        bffRequest(auditPath(pageParam), { method: 'GET', response: AuditPage, signal }),
      getNextPageParam: (last) => last.paging?.next ?? null,
    }),
};
