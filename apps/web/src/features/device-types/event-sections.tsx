import type { ErrorEvent, WarnEvent } from '@sfc/api';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { type Page, pagedRows } from '../../lib/paged-query.ts';
import { errorColumns, warnColumns } from './event-columns.tsx';

interface EventSectionsProps {
  errors: UseInfiniteQueryResult<InfiniteData<Page<ErrorEvent>>>;
  warns: UseInfiniteQueryResult<InfiniteData<Page<WarnEvent>>>;
  /** Makes the headings' ids unique on the page. */
  idPrefix: string;
}

/** Communication-down (ERROR) and network-issue (WARN) events, of a device type or a device. */
export function EventSections({ errors, warns, idPrefix }: EventSectionsProps) {
  const errorTable = pagedRows(errors);
  const warnTable = pagedRows(warns);
  return (
    <>
      <section aria-labelledby={`${idPrefix}error-events`}>
        <h2 id={`${idPrefix}error-events`}>Error events</h2>
        <QueryState query={errors} loadingLabel="Loading error events…">
          {() =>
            errorTable.rows.length === 0 ? (
              <EmptyState title="No error events" />
            ) : (
              <DataTable
                label="Error events"
                columns={errorColumns}
                rowKey={(e) => `${e.deviceId}-${e.time}`}
                {...errorTable}
              />
            )
          }
        </QueryState>
      </section>
      <section aria-labelledby={`${idPrefix}warn-events`}>
        <h2 id={`${idPrefix}warn-events`}>Warning events</h2>
        <QueryState query={warns} loadingLabel="Loading warning events…">
          {() =>
            warnTable.rows.length === 0 ? (
              <EmptyState title="No warning events" />
            ) : (
              <DataTable
                label="Warning events"
                columns={warnColumns}
                rowKey={(e) => `${e.time}-${e.message}`}
                {...warnTable}
              />
            )
          }
        </QueryState>
      </section>
    </>
  );
}
