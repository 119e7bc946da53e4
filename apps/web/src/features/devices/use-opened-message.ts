import type { Message } from '@sfc/api';
import { useInfiniteQuery } from '@tanstack/react-query';
import { pagedRows } from '../../lib/paged-query.ts';
import { deviceQueries } from './device-queries.ts';
import { keySecond, namesMessage } from './message-key.ts';

/**
 * The message the `message` param names. Usually one of the loaded rows; when not
 * (a link from the track to a message outside the list's window or first page) it
 * is asked for by its second: `since` counts that second in, `before` the next out.
 */
export function useOpenedMessage(
  deviceId: string,
  opened: string | undefined,
  rows: readonly Message[],
  listReady: boolean,
): Message | undefined {
  const loaded = opened === undefined ? undefined : rows.find((m) => namesMessage(opened, m));
  const second = opened === undefined ? undefined : keySecond(opened);
  const single = useInfiniteQuery({
    ...deviceQueries.messages(deviceId, {
      since: second,
      before: second === undefined ? undefined : second + 1,
    }),
    enabled: listReady && loaded === undefined && second !== undefined,
  });
  if (opened === undefined || loaded) return loaded;
  return pagedRows(single).rows.find((m) => namesMessage(opened, m));
}
