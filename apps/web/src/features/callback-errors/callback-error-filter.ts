import { DeviceId, ObjectId } from '@sfc/api';
import type { CallbackErrorView } from '../../app/paths.ts';
import { fromDate, parseIso } from '../../lib/time.ts';
import type { CallbackErrorFilter } from './callback-error-queries.ts';

/** The screen's URL state, read back; values the API would refuse are left out rather than sent. */
export function readView(search: URLSearchParams): CallbackErrorView {
  const get = (key: string) => search.get(key) || undefined;
  return {
    device: get('device'),
    deviceType: get('deviceType'),
    group: get('group'),
    since: get('since'),
    before: get('before'),
    open: get('open'),
  };
}

/**
 * The API's query for a view. It takes one scope (hexId, else deviceTypeId, else groupId)
 * and `since`/`before` in milliseconds here, unlike message lists (domain notes, time units).
 */
export function toFilter(view: CallbackErrorView): CallbackErrorFilter {
  const device = view.device?.toUpperCase();
  const since = parseIso(view.since ?? null);
  const before = parseIso(view.before ?? null);
  return {
    hexId: device && DeviceId.safeParse(device).success ? device : undefined,
    deviceTypeId:
      view.deviceType && ObjectId.safeParse(view.deviceType).success ? view.deviceType : undefined,
    groupId: view.group && ObjectId.safeParse(view.group).success ? view.group : undefined,
    since: since && fromDate(since, 'ms'),
    before: before && fromDate(before, 'ms'),
  };
}
