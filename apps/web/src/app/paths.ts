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
