import type { Device } from '@sfc/api';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { DataTable } from '../../components/data-table/data-table.tsx';
import { EmptyState } from '../../components/status/empty-state.tsx';
import { QueryState } from '../../components/status/query-state.tsx';
import { pagedRows } from '../../lib/paged-query.ts';
import { formatFull, fromDate, parseIso } from '../../lib/time.ts';
import { deviceTypeQueries } from '../device-types/device-type-queries.ts';
import { messageColumns } from '../device-types/message-columns.tsx';
import { createDecoder } from '../device-types/message-decoder.ts';
import { deviceQueries } from './device-queries.ts';
import { readDeviceView } from './device-view.ts';
import { MessageDetail } from './message-detail.tsx';
import { messageKey } from './message-key.ts';
import { sequenceGaps } from './sequence-gaps.ts';
import { type DateRange, TimeRangeFilter } from './time-range-filter.tsx';
import { useOpenedMessage } from './use-opened-message.ts';

/** New messages appear on their own: the list is read again this often while it shows the latest. */
export const MESSAGE_POLL_MS = 15_000;

// Other features (the fleet map) link to an opened message by this key.
export { messageKey } from './message-key.ts';

/** Messages of one device: time range in the URL, polling, gaps flagged, one message opened in full. */
export function DeviceMessages({ device }: { device: Device }) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const range: DateRange = { since: parseIso(search.get('since')), before: parseIso(search.get('before')) };
  // The rest of the page's view (the chart's year, the track's window) is kept as it is.
  const view = useMemo(() => readDeviceView(search), [search]);
  const deviceType = useQuery(deviceTypeQueries.detail(device.type)).data;
  const query = useInfiniteQuery({
    // Message lists take before/since in seconds (domain notes, time units).
    ...deviceQueries.messages(device.id, {
      since: range.since && fromDate(range.since, 's'),
      before: range.before && fromDate(range.before, 's'),
    }),
    // A window that ends in the past cannot gain messages: no polling then.
    refetchInterval: range.before ? false : MESSAGE_POLL_MS,
  });
  const table = pagedRows(query);
  const gaps = useMemo(() => sequenceGaps(table.rows), [table.rows]);
  const columns = useMemo(
    () =>
      messageColumns(deviceType && createDecoder(deviceType), {
        gaps,
        onOpen: (m) => navigate(paths.devices.detail(device.id, { ...view, message: messageKey(m) })),
      }),
    [deviceType, gaps, navigate, device.id, view],
  );
  const openedMessage = useOpenedMessage(device.id, view.message, table.rows, query.isSuccess);
  const setRange = (r: DateRange) =>
    navigate(
      paths.devices.detail(device.id, {
        ...view,
        since: r.since?.toISOString(),
        before: r.before?.toISOString(),
        message: undefined,
      }),
    );
  return (
    <section aria-labelledby="device-messages">
      <h2 id="device-messages">Messages</h2>
      <TimeRangeFilter value={range} onChange={setRange} />
      {query.dataUpdatedAt > 0 && (
        <p className="muted">
          Last updated {formatFull(new Date(query.dataUpdatedAt))}
          {range.before ? '' : `, checked every ${MESSAGE_POLL_MS / 1000} seconds`}
        </p>
      )}
      <QueryState query={query} loadingLabel="Loading messages…">
        {() =>
          table.rows.length === 0 ? (
            <EmptyState
              title={range.since || range.before ? 'No messages in this time range' : 'No messages yet'}
            />
          ) : (
            <DataTable label="Device messages" columns={columns} rowKey={messageKey} {...table} />
          )
        }
      </QueryState>
      {openedMessage && (
        <MessageDetail
          message={openedMessage}
          deviceType={deviceType}
          onClose={() => navigate(paths.devices.detail(device.id, { ...view, message: undefined }))}
        />
      )}
    </section>
  );
}
