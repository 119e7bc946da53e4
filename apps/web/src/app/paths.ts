/*
 * Every URL of the console, built here and nowhere else. Filters, tabs and
 * selections live in the URL (a link reproduces the view, Back works), so each
 * builder takes the view's state and writes its search parameters.
 */

export const DEVICE_TYPE_TABS = [
  'settings',
  'devices',
  'messages',
  'callbacks',
  'events',
  'register',
] as const;
export type DeviceTypeTab = (typeof DEVICE_TYPE_TABS)[number];

function withSearch(path: string, search: Record<string, string | number | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value !== undefined && value !== false && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** The view state of a device page. */
export type DeviceView = {
  since?: string | undefined;
  before?: string | undefined;
  message?: string | undefined;
  /** The year of the consumption chart (four digits). */
  year?: string | undefined;
  /** The location track's own window (ISO 8601 instants), apart from the messages'. */
  trackSince?: string | undefined;
  trackBefore?: string | undefined;
};

/** The view state of the callback errors screen. */
export type CallbackErrorView = {
  device?: string | undefined;
  deviceType?: string | undefined;
  group?: string | undefined;
  since?: string | undefined;
  before?: string | undefined;
  open?: string | undefined;
};

/**
 * The view state of the fleet map: filters (device type id, state code 0-4, silent
 * for more than `silent` hours, average SNR band 1-4 as the devices endpoint's `snr`),
 * the map view as `lat,lng,zoom`, and the selected device.
 */
export type FleetMapView = {
  type?: string | undefined;
  state?: string | undefined;
  silent?: string | undefined;
  snr?: string | undefined;
  at?: string | undefined;
  device?: string | undefined;
};

/**
 * The view state of the coverage screen: map view (`lat,lng,zoom`), mode, whether the
 * coverage layer is on, and the point asked about (`lat,lng`).
 */
export type CoverageView = {
  at?: string | undefined;
  mode?: string | undefined;
  layer?: boolean | undefined;
  point?: string | undefined;
};

/** Route patterns for the router; the builders below fill them. */
export const patterns = {
  login: '/login',
  overview: '/',
  groups: '/groups',
  group: '/groups/:groupId',
  deviceTypes: '/device-types',
  deviceType: '/device-types/:deviceTypeId',
  devices: '/devices',
  payloadTool: '/payload',
  callbackErrors: '/callback-errors',
  audit: '/audit',
  device: '/devices/:deviceId',
  fleetMap: '/map',
  coverage: '/coverage',
  deploymentCheck: '/coverage/deployment',
} as const;

export const paths = {
  /** `next` is where to return after logging in (a path of this app). */
  login: (next?: string) => withSearch(patterns.login, { next }),
  overview: () => patterns.overview,
  groups: {
    list: () => patterns.groups,
    detail: (groupId: string) => `/groups/${encodeURIComponent(groupId)}`,
  },
  deviceTypes: {
    list: (view: { includeSubGroups?: boolean } = {}) => withSearch(patterns.deviceTypes, view),
    detail: (
      deviceTypeId: string,
      tab: DeviceTypeTab = 'settings',
      search: Record<string, string | number | undefined> = {},
    ) => withSearch(`/device-types/${encodeURIComponent(deviceTypeId)}/${tab}`, search),
  },
  /** Filters (`since`/`before` as ISO 8601 instants) and the failure opened in full. */
  callbackErrors: (view: CallbackErrorView = {}) => withSearch(patterns.callbackErrors, view),
  /** Filters over the loaded audit entries. */
  audit: (view: { user?: string; endpoint?: string; outcome?: string; text?: string } = {}) =>
    withSearch(patterns.audit, view),
  /** The payload tool's whole state is its config and hex, so a link shares a case. */
  payloadTool: (state: { config?: string; hex?: string } = {}) => withSearch(patterns.payloadTool, state),
  fleetMap: (view: FleetMapView = {}) => withSearch(patterns.fleetMap, view),
  coverage: (view: CoverageView = {}) => withSearch(patterns.coverage, view),
  /** `mode` is the coverage mode the pasted coordinates are checked for. */
  deploymentCheck: (view: { mode?: string | undefined } = {}) => withSearch(patterns.deploymentCheck, view),
  devices: {
    /** `id` is the device searched for. */
    search: (id?: string) => withSearch(patterns.devices, { id }),
    /** `since`/`before` are ISO 8601 instants (the unit each endpoint needs is derived from them); `message` opens one. */
    detail: (deviceId: string, view: DeviceView = {}) =>
      withSearch(`/devices/${encodeURIComponent(deviceId)}`, view),
  },
} as const;

/**
 * A `next` parameter is only honoured when it is a path of this app: never another
 * origin (`//host`, `https://...`), so a crafted login link cannot send users away.
 */
export function safeNext(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return paths.overview();
  }
  return next;
}
