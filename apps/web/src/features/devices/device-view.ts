import type { DeviceView } from '../../app/paths.ts';

/**
 * The device page's whole view state as the URL holds it. Each section changes its
 * own part and passes the rest on, so opening a message keeps the track's window
 * and choosing a year keeps the opened message.
 */
export function readDeviceView(search: URLSearchParams): DeviceView {
  const get = (key: keyof DeviceView) => search.get(key) ?? undefined;
  return {
    since: get('since'),
    before: get('before'),
    message: get('message'),
    year: get('year'),
    trackSince: get('trackSince'),
    trackBefore: get('trackBefore'),
  };
}
