import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams } from 'react-router';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { deviceTypeQueries } from './device-type-queries.ts';
import { messageColumns } from './message-columns.tsx';
import { createDecoder } from './message-decoder.ts';

/** Messages of every device of the type, most recent first, decoded with its payload config. */
export function MessagesTab() {
  const id = useParams().deviceTypeId ?? '';
  const deviceType = useQuery(deviceTypeQueries.detail(id)).data;
  const query = useInfiniteQuery(deviceTypeQueries.messages(id));
  const table = pagedRows(query);
  const columns = useMemo(() => messageColumns(deviceType && createDecoder(deviceType)), [deviceType]);
  return (
    <QueryState query={query} loadingLabel="Loading messages…">
      {() =>
        table.rows.length === 0 ? (
          <EmptyState title="No messages yet" />
        ) : (
          <DataTable
            label="Messages"
            columns={columns}
            rowKey={(m) => `${m.device}-${m.time}-${m.seqNumber ?? ''}`}
            {...table}
          />
        )
      }
    </QueryState>
  );
}
