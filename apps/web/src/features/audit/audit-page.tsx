import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { Column } from '../../components/data-table/column.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { formatFull, formatIso, formatShort } from '../../lib/time.ts';
import { useCanEdit } from '../auth/use-auth.ts';
import { AuditFilters } from './audit-filters.tsx';
import { type AuditFilter, filterAudit } from './audit-filter.ts';
import { type AuditEntry, auditQueries } from './audit-queries.ts';

const summary = (e: AuditEntry) => (e.body === undefined ? '' : JSON.stringify(e.body));

const columns: Column<AuditEntry>[] = [
  {
    id: 'time',
    header: 'Time',
    cell: (e) => {
      const date = new Date(e.time);
      return (
        <time dateTime={formatIso(date)} title={formatFull(date)}>
          {formatShort(date)}
        </time>
      );
    },
    csv: (e) => e.time,
    width: 'm',
  },
  { id: 'user', header: 'User', cell: (e) => e.user, csv: (e) => e.user, width: 's' },
  { id: 'endpoint', header: 'Endpoint', cell: (e) => e.endpoint, csv: (e) => e.endpoint, width: 'm' },
  {
    id: 'request',
    header: 'Request',
    cell: (e) => <span className="mono">{`${e.method} ${e.path}`}</span>,
    csv: (e) => `${e.method} ${e.path}`,
  },
  {
    id: 'status',
    header: 'Status',
    cell: (e) => (
      <span className={`badge badge--${e.status >= 200 && e.status < 300 ? 'ok' : 'danger'}`}>
        {e.status}
      </span>
    ),
    csv: (e) => e.status,
    width: 'xs',
  },
  {
    id: 'body',
    header: 'Body (summary)',
    cell: (e) => (
      <span className="mono" title={summary(e)}>
        {summary(e)}
      </span>
    ),
    csv: summary,
  },
];

function AuditLog() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const filter: AuditFilter = {
    user: search.get('user') || undefined,
    endpoint: search.get('endpoint') || undefined,
    outcome: search.get('outcome') || undefined,
    text: search.get('text') || undefined,
  };
  const query = useInfiniteQuery(auditQueries.list());
  const loaded = query.data?.pages.flatMap((p) => p.data) ?? [];
  const rows = filterAudit(loaded, filter);
  return (
    <>
      <AuditFilters entries={loaded} filter={filter} onApply={(f) => navigate(paths.audit(f))} />
      <QueryState query={query} loadingLabel="Loading the audit log…">
        {() =>
          rows.length === 0 ? (
            <EmptyState
              title={loaded.length === 0 ? 'No mutations recorded yet' : 'No entries match the filters'}
            />
          ) : (
            <DataTable
              label="Audit log"
              columns={columns}
              rows={rows}
              rowKey={(e) => `${e.time}-${e.user}-${e.path}-${e.status}`}
              hasMore={query.hasNextPage}
              loadingMore={query.isFetchingNextPage}
              onLoadMore={() => void query.fetchNextPage()}
            />
          )
        }
      </QueryState>
    </>
  );
}

/** The BFF's log of mutations sent upstream: who changed what, when, and how it went. Editors only. */
export function AuditPage() {
  const canEdit = useCanEdit();
  return (
    <div className="page">
      <h1>Audit log</h1>
      {canEdit ? <AuditLog /> : <EmptyState title="Only editors can read the audit log" />}
    </div>
  );
}
