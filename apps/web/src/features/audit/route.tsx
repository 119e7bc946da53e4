import type { QueryClient } from '@tanstack/react-query';
import { prefetch } from '../../app/prefetch.ts';
import { authQueries } from '../auth/auth-queries.ts';
import { AuditPage } from './audit-page.tsx';
import { auditQueries } from './audit-queries.ts';

export function auditRoute(qc: QueryClient) {
  return {
    // Viewers are refused by the BFF (403): ask only for editors. The session is known by then.
    loader: () =>
      prefetch(qc, () =>
        qc.getQueryData(authQueries.session().queryKey)?.role === 'editor'
          ? [qc.prefetchInfiniteQuery(auditQueries.list())]
          : [],
      ),
    Component: AuditPage,
  };
}
