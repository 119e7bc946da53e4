import type { EndpointName } from '@sfc/api';

/*
 * Test support: one valid request per catalogue entry, on ids found in a simulator
 * world (see catalogue.test.ts).
 */

export interface Fixture {
  rootId: string;
  groupId: string;
  typeId: string;
  deviceId: string;
  callbackIds: string[];
  bidir: { typeId: string; callbackId: string };
  year: string;
}
export interface Sample {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

const hex = (n: number) => n.toString(16).toUpperCase();
/** One valid request per entry, typed by the catalogue: a new endpoint does not compile without one. */
export const samples: { [K in EndpointName]: (f: Fixture) => Sample } = {
  listGroups: () => ({ method: 'GET', path: '/api/groups?limit=2' }),
  getGroup: (f) => ({ method: 'GET', path: `/api/groups/${f.groupId}` }),
  listDeviceTypes: () => ({ method: 'GET', path: '/api/devicetypes?includeSubGroups=true' }),
  editDeviceType: (f) => ({
    method: 'POST',
    path: '/api/devicetypes/edit',
    body: { id: f.typeId, name: 'Edited through the BFF' },
  }),
  listGeolocConfigs: (f) => ({ method: 'GET', path: `/api/devicetypes/geolocs-config?groupId=${f.rootId}` }),
  getDeviceType: (f) => ({ method: 'GET', path: `/api/devicetypes/${f.typeId}` }),
  registerDevices: (f) => ({
    method: 'POST',
    path: `/api/devicetypes/${f.typeId}`,
    body: {
      prefix: 'bff-',
      ids: [{ id: hex(0xfe00_0000 + Number(f.year)), pk: '16b3cc86699ab4d3091a05ee' }],
    },
  }),
  createCallbacks: (f) => ({
    method: 'POST',
    path: `/api/devicetypes/${f.typeId}/callbacks/new`,
    body: [
      {
        channel: 'BATCH_URL',
        callbackType: 0,
        callbackSubtype: 2,
        url: 'http://127.0.0.1:9/batch',
        linePattern: '{device};{data};',
        enabled: true,
        sendDuplicate: false,
        sendSni: false,
      },
    ],
  }),
  listCallbacks: (f) => ({ method: 'POST', path: `/api/devicetypes/${f.typeId}/callbacks` }),
  deleteCallback: (f) => ({
    method: 'POST',
    path: `/api/devicetypes/${f.typeId}/callbacks/${f.callbackIds.at(-1)}/delete`,
  }),
  enableCallback: (f) => ({
    method: 'POST',
    path: `/api/devicetypes/${f.typeId}/callbacks/${f.callbackIds[0]}/enable?enabled=false`,
  }),
  selectDownlinkCallback: (f) => ({
    method: 'POST',
    path: `/api/devicetypes/${f.bidir.typeId}/callbacks/${f.bidir.callbackId}/downlink`,
  }),
  listDeviceTypeErrorEvents: (f) => ({
    method: 'GET',
    path: `/api/devicetypes/${f.typeId}/status/error?limit=5`,
  }),
  listDeviceTypeWarnEvents: (f) => ({
    method: 'GET',
    path: `/api/devicetypes/${f.typeId}/status/warn?limit=5`,
  }),
  listDeviceTypeMessages: (f) => ({ method: 'GET', path: `/api/devicetypes/${f.typeId}/messages?limit=3` }),
  disengageSequenceNumber: (f) => ({ method: 'GET', path: `/api/devicetypes/${f.typeId}/disengage` }),
  listDevices: (f) => ({ method: 'GET', path: `/api/devicetypes/${f.typeId}/devices?limit=2` }),
  getDevice: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}` }),
  getDeviceTokenState: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/token-state` }),
  listDeviceMessages: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/messages?limit=3` }),
  listDeviceLocations: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/locations?limit=3` }),
  listDeviceErrorEvents: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/status/error` }),
  listDeviceWarnEvents: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/status/warn` }),
  getDeviceNetworkState: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/networkstate` }),
  getDeviceMessageMetric: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/messages/metric` }),
  getDeviceConsumptions: (f) => ({ method: 'GET', path: `/api/device/${f.deviceId}/consumptions/${f.year}` }),
  listCallbackErrors: () => ({ method: 'GET', path: '/api/callbacks/messages/error?since=0&limit=3' }),
  getCoverageRedundancy: () => ({ method: 'GET', path: '/api/coverages/redundancy?lat=48.85&lng=2.35' }),
  listUsers: (f) => ({ method: 'GET', path: `/api/users?groupId=${f.rootId}&limit=2` }),
};
