import type { Endpoint } from '../endpoint.ts';
import { CallbackCreation } from '../schemas/callback-definitions.ts';
import { CallbackEnableQuery, CallbackList, CreatedCallbackIds } from '../schemas/callback-list.ts';
import { DeviceType, DeviceTypeEdit, DeviceTypeList, DeviceTypeListQuery } from '../schemas/device-types.ts';
import { DevicePage, DeviceListQuery } from '../schemas/devices.ts';
import { GeolocConfigList, GeolocConfigQuery } from '../schemas/geoloc-configs.ts';
import { Group, GroupListQuery, GroupPage } from '../schemas/groups.ts';
import { MessageListQuery, MessagePage } from '../schemas/messages.ts';
import { DeviceRegistration } from '../schemas/registration.ts';
import { ErrorEventPage, StatusEventListQuery, WarnEventPage } from '../schemas/status-events.ts';
import { CallbackParams, NoParams, ObjectIdParams } from './params.ts';

/*
 * Groups API and Device types API of the reference. Literal paths
 * (`/api/devicetypes/edit`, `/api/devicetypes/geolocs-config`) come before the
 * `/api/devicetypes/{id}` paths they would otherwise collide with, so a router that
 * registers in catalogue order matches them first.
 */
export const deviceTypeEndpoints = {
  listGroups: {
    method: 'GET',
    path: '/api/groups',
    params: NoParams,
    query: GroupListQuery,
    response: GroupPage,
    mutation: false,
    paging: { timeUnit: null },
    summary: 'Children groups of the credentials group (Groups API, Group list).',
  },
  getGroup: {
    method: 'GET',
    path: '/api/groups/{id}',
    params: ObjectIdParams,
    response: Group,
    mutation: false,
    summary: 'One group (Groups API, Group information).',
  },
  listDeviceTypes: {
    method: 'GET',
    path: '/api/devicetypes',
    params: NoParams,
    query: DeviceTypeListQuery,
    response: DeviceTypeList,
    mutation: false,
    summary: 'Device types of the group, unpaged (Device types API, Device types list).',
  },
  editDeviceType: {
    method: 'POST',
    path: '/api/devicetypes/edit',
    params: NoParams,
    body: DeviceTypeEdit,
    response: null,
    mutation: true,
    summary: 'Edit a device type; absent fields are left unchanged (Device types API, Device type edition).',
  },
  listGeolocConfigs: {
    method: 'GET',
    path: '/api/devicetypes/geolocs-config',
    params: NoParams,
    query: GeolocConfigQuery,
    response: GeolocConfigList,
    mutation: false,
    summary: 'Custom geoloc configurations of a group, `?groupId=` (List custom geoloc configurations).',
  },
  getDeviceType: {
    method: 'GET',
    path: '/api/devicetypes/{id}',
    params: ObjectIdParams,
    response: DeviceType,
    mutation: false,
    summary: 'One device type (Device types API, Device type information).',
  },
  registerDevices: {
    method: 'POST',
    path: '/api/devicetypes/{id}',
    params: ObjectIdParams,
    body: DeviceRegistration,
    response: null,
    mutation: true,
    summary: 'Register devices `{prefix, ids: [{id, pk}]}` in a device type (curl, Post request).',
  },
  createCallbacks: {
    method: 'POST',
    path: '/api/devicetypes/{id}/callbacks/new',
    params: ObjectIdParams,
    body: CallbackCreation,
    response: CreatedCallbackIds,
    mutation: true,
    summary: 'Create callbacks from an array of definitions; answers their ids (Callback creation).',
  },
  listCallbacks: {
    method: 'POST',
    alsoMethods: ['GET'],
    path: '/api/devicetypes/{id}/callbacks',
    params: ObjectIdParams,
    response: CallbackList,
    mutation: false,
    summary:
      'Callbacks of a device type by group data/service/error; documented as POST, read-only (Callback list).',
  },
  deleteCallback: {
    method: 'POST',
    path: '/api/devicetypes/{id}/callbacks/{callbackId}/delete',
    params: CallbackParams,
    response: null,
    mutation: true,
    summary: 'Delete a callback (Callback deletion).',
  },
  enableCallback: {
    method: 'POST',
    path: '/api/devicetypes/{id}/callbacks/{callbackId}/enable',
    params: CallbackParams,
    query: CallbackEnableQuery,
    response: null,
    mutation: true,
    summary: 'Enable or disable a callback, `?enabled=true|false` (Callback enable/disable).',
  },
  selectDownlinkCallback: {
    method: 'POST',
    path: '/api/devicetypes/{id}/callbacks/{callbackId}/downlink',
    params: CallbackParams,
    response: null,
    mutation: true,
    summary: 'Select the downlink callback, unselecting the previous one (Callback downlink selection).',
  },
  listDeviceTypeErrorEvents: {
    method: 'GET',
    path: '/api/devicetypes/{id}/status/error',
    params: ObjectIdParams,
    query: StatusEventListQuery,
    response: ErrorEventPage,
    mutation: false,
    paging: { timeUnit: 'ms' },
    summary:
      'Communication-down events of the devices of a device type (Error status events for a list of devices).',
  },
  listDeviceTypeWarnEvents: {
    method: 'GET',
    path: '/api/devicetypes/{id}/status/warn',
    params: ObjectIdParams,
    query: StatusEventListQuery,
    response: WarnEventPage,
    mutation: false,
    paging: { timeUnit: 'ms' },
    summary:
      'Network-issue events of the devices of a device type (Warning status events for a list of devices).',
  },
  listDeviceTypeMessages: {
    method: 'GET',
    path: '/api/devicetypes/{id}/messages',
    params: ObjectIdParams,
    query: MessageListQuery,
    response: MessagePage,
    mutation: false,
    paging: { timeUnit: 's' },
    summary: 'Messages of all devices of a device type (Messages sent by the devices of a device type).',
  },
  disengageSequenceNumber: {
    method: 'GET',
    path: '/api/devicetypes/{id}/disengage',
    params: ObjectIdParams,
    response: null,
    mutation: true,
    summary:
      'Disengage the sequence number check for the next message of each device; a GET that changes state (Disengage sequence number).',
  },
  listDevices: {
    method: 'GET',
    path: '/api/devicetypes/{id}/devices',
    params: ObjectIdParams,
    query: DeviceListQuery,
    response: DevicePage,
    mutation: false,
    paging: { timeUnit: null },
    summary: 'Devices of a device type, optional `snr` filter 1-4 (Devices for a given device type).',
  },
} as const satisfies Record<string, Endpoint>;
