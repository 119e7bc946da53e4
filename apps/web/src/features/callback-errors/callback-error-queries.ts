import { type CallbackError, type CallbackErrorListQuery, endpoints } from '@sfc/api';
import { api } from '../../lib/api-client.ts';
import { pagedQueryOptions } from '../../lib/paged-query.ts';

/** The filters of the list as the endpoint takes them: `since`/`before` in milliseconds. */
export type CallbackErrorFilter = Pick<
  CallbackErrorListQuery,
  'hexId' | 'deviceTypeId' | 'groupId' | 'since' | 'before'
>;

export const callbackErrorQueries = {
  all: () => ['callbackErrors'] as const,
  list: (filter: CallbackErrorFilter) =>
    pagedQueryOptions(
      [...callbackErrorQueries.all(), 'list', filter] as const,
      (signal) => api.call(endpoints.listCallbackErrors, { query: filter, signal }),
      (url, signal) => api.follow(endpoints.listCallbackErrors, url, { signal }),
    ),
};

/** What the failed callback targeted: its URL, or the email's subject. */
export function callbackTarget(e: CallbackError): string {
  if (!e.callback) return '';
  return 'url' in e.callback ? e.callback.url : `email "${e.callback.subject}"`;
}

/** One failure among the list; a message can fail several callbacks, so the target is part of it. */
export const callbackErrorKey = (e: CallbackError) => `${e.device}-${e.time}-${callbackTarget(e)}`;
