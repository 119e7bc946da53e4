import type { EndpointName } from '@sfc/api';
import type { Db } from '../../db/open.ts';

/** Ids picked from a seeded test world so that every list has records to page through. */
export interface Fixture {
  rootId: string;
  /** A group with children, users and geoloc configs where possible. */
  groupId: string;
  /** The device type with the most devices. */
  typeId: string;
  /** The device with the most messages. */
  deviceId: string;
  /** The type of `deviceId`, for its status events. */
  eventTypeId: string;
  /** Callbacks of `typeId`, creation order; the BIDIR one for downlink selection. */
  callbackIds: string[];
  bidirCallbackId: string;
  bidirTypeId: string;
  year: string;
}

const one = <T>(db: Db, sql: string): T => {
  const row = db.prepare(sql).get() as T | undefined;
  if (row === undefined) throw new Error(`test world lacks: ${sql}`);
  return row;
};

export function fixtureOf(db: Db, now: number): Fixture {
  const rootId = one<{ id: string }>(db, 'SELECT id FROM groups WHERE parent_id IS NULL').id;
  const typeId = one<{ type_id: string }>(
    db,
    'SELECT type_id FROM devices GROUP BY type_id ORDER BY count(*) DESC, type_id LIMIT 1',
  ).type_id;
  const bidir = one<{ id: string; type_id: string }>(
    db,
    'SELECT id, type_id FROM callbacks WHERE callback_type = 0 AND callback_subtype = 3 ORDER BY ord LIMIT 1',
  );
  const deviceId = one<{ device_id: string }>(
    db,
    'SELECT device_id FROM messages GROUP BY device_id ORDER BY count(*) DESC, device_id LIMIT 1',
  ).device_id;
  return {
    rootId,
    groupId: one<{ parent_id: string }>(
      db,
      `SELECT parent_id FROM groups WHERE parent_id IS NOT NULL AND parent_id != '${rootId}'
       GROUP BY parent_id ORDER BY count(*) DESC, parent_id LIMIT 1`,
    ).parent_id,
    typeId,
    deviceId,
    eventTypeId: one<{ type_id: string }>(db, `SELECT type_id FROM devices WHERE id = '${deviceId}'`).type_id,
    callbackIds: (
      db.prepare('SELECT id FROM callbacks WHERE type_id = ? ORDER BY ord').all(typeId) as { id: string }[]
    ).map((r) => r.id),
    bidirCallbackId: bidir.id,
    bidirTypeId: bidir.type_id,
    year: String(new Date(now).getUTCFullYear()),
  };
}

export interface Sample {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

let registered = 0xfe000000;

/**
 * One valid request per catalogue entry. Typed by the catalogue's names, so a new
 * endpoint does not compile until it has a sample here, and so a contract test.
 */
export const samples: { [K in EndpointName]: (f: Fixture) => Sample } = {
  listGroups: () => ({ method: 'GET', path: '/api/groups' }),
  getGroup: (f) => ({ method: 'GET', path: `/api/groups/${f.groupId}` }),
  listDeviceTypes: () => ({ method: 'GET', path: '/api/devicetypes?includeSubGroups=true' }),
  editDeviceType: (f) => ({
    method: 'POST',
    path: '/api/devicetypes/edit',
    body: {
      id: f.typeId,
      name: 'Edited',
      keepAlive: 3600,
      downlinkMode: 0,
      downlinkDataString: 'deadbeefcafebabe',
    },
  }),
  listGeolocConfigs: (f) => ({ method: 'GET', path: `/api/devicetypes/geolocs-config?groupId=${f.rootId}` }),
  getDeviceType: (f) => ({ method: 'GET', path: `/api/devicetypes/${f.typeId}` }),
  registerDevices: (f) => {
    registered += 1;
    return {
      method: 'POST',
      path: `/api/devicetypes/${f.typeId}`,
      body: {
        prefix: 'test-device-',
        ids: [{ id: registered.toString(16).toUpperCase(), pk: '16b3cc86699ab4d3091a05ee' }],
      },
    };
  },
  createCallbacks: (f) => ({
    method: 'POST',
    path: `/api/devicetypes/${f.typeId}/callbacks/new`,
    body: [
      {
        channel: 'URL',
        callbackType: 0,
        callbackSubtype: 2,
        url: 'http://myserver.com/sigfox/callback',
        httpMethod: 'POST',
        enabled: true,
        sendDuplicate: false,
        sendSni: false,
        payloadConfig: 'var1::bool:1',
        bodyTemplate: 'device: {device} / {customData#var1}',
        headers: { time: '{time}' },
        contentType: 'text/plain',
      },
      {
        channel: 'BATCH_URL',
        callbackType: 0,
        callbackSubtype: 2,
        url: 'http://myserver.com/sigfox/callback/batch',
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
    path: `/api/devicetypes/${f.bidirTypeId}/callbacks/${f.bidirCallbackId}/downlink`,
  }),
  listDeviceTypeErrorEvents: (f) => ({
    method: 'GET',
    path: `/api/devicetypes/${f.eventTypeId}/status/error`,
  }),
  listDeviceTypeWarnEvents: (f) => ({ method: 'GET', path: `/api/devicetypes/${f.eventTypeId}/status/warn` }),
  listDeviceTypeMessages: (f) => ({ method: 'GET', path: `/api/devicetypes/${f.typeId}/messages` }),
  disengageSequenceNumber: (f) => ({ method: 'GET', path: `/api/devicetypes/${f.typeId}/disengage` }),
  listDevices: (f) => ({ method: 'GET', path: `/api/devicetypes/${f.typeId}/devices` }),
  getDevice: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}` }),
  getDeviceTokenState: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/token-state` }),
  listDeviceMessages: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/messages` }),
  listDeviceLocations: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/locations` }),
  listDeviceErrorEvents: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/status/error` }),
  listDeviceWarnEvents: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/status/warn` }),
  getDeviceNetworkState: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/networkstate` }),
  getDeviceMessageMetric: (f) => ({ method: 'GET', path: `/api/devices/${f.deviceId}/messages/metric` }),
  getDeviceConsumptions: (f) => ({ method: 'GET', path: `/api/device/${f.deviceId}/consumptions/${f.year}` }),
  listCallbackErrors: () => ({ method: 'GET', path: '/api/callbacks/messages/error?since=0' }),
  getCoverageRedundancy: () => ({ method: 'GET', path: '/api/coverages/redundancy?lat=48.85&lng=2.35' }),
  listUsers: (f) => ({ method: 'GET', path: `/api/users?groupId=${f.rootId}` }),
};
