import type { Endpoint } from '../endpoint.ts';
import { CallbackErrorListQuery, CallbackErrorPage } from '../schemas/callback-errors.ts';
import { Consumption } from '../schemas/consumptions.ts';
import { CoverageQuery, CoverageRedundancy } from '../schemas/coverage.ts';
import { Device, MessageMetric, NetworkState, TokenState } from '../schemas/devices.ts';
import { LocationPage, MessageListQuery, MessagePage } from '../schemas/messages.ts';
import { ErrorEventPage, StatusEventListQuery, WarnEventPage } from '../schemas/status-events.ts';
import { UserListQuery, UserPage } from '../schemas/users.ts';
import { ConsumptionParams, DeviceParams, NoParams } from './params.ts';

/** Devices API, Device consumptions, Misc, Coverage and User APIs of the reference. */
export const deviceEndpoints = {
  getDevice: {
    method: 'GET',
    path: '/api/devices/{id}',
    params: DeviceParams,
    response: Device,
    mutation: false,
    summary: 'One device (Devices API, Device information).',
  },
  getDeviceTokenState: {
    method: 'GET',
    path: '/api/devices/{id}/token-state',
    params: DeviceParams,
    response: TokenState,
    mutation: false,
    summary: "A device's token state (Device token state).",
  },
  listDeviceMessages: {
    method: 'GET',
    path: '/api/devices/{id}/messages',
    params: DeviceParams,
    query: MessageListQuery,
    response: MessagePage,
    mutation: false,
    paging: { timeUnit: 's' },
    summary: 'Messages of a device, most recent first (Messages sent by a device).',
  },
  listDeviceLocations: {
    method: 'GET',
    path: '/api/devices/{id}/locations',
    params: DeviceParams,
    query: MessageListQuery,
    response: LocationPage,
    mutation: false,
    paging: { timeUnit: 's' },
    summary:
      'Message locations of a device; bounds in seconds, `time` in ms (Messages location for one device).',
  },
  listDeviceErrorEvents: {
    method: 'GET',
    path: '/api/devices/{id}/status/error',
    params: DeviceParams,
    query: StatusEventListQuery,
    response: ErrorEventPage,
    mutation: false,
    paging: { timeUnit: 'ms' },
    summary: 'Communication-down events of a device (Error status events sent for a device).',
  },
  listDeviceWarnEvents: {
    method: 'GET',
    path: '/api/devices/{id}/status/warn',
    params: DeviceParams,
    query: StatusEventListQuery,
    response: WarnEventPage,
    mutation: false,
    paging: { timeUnit: 'ms' },
    summary: 'Network-issue events of a device (Warning status events sent for a device).',
  },
  getDeviceNetworkState: {
    method: 'GET',
    path: '/api/devices/{id}/networkstate',
    params: DeviceParams,
    response: NetworkState,
    mutation: false,
    summary: 'OK or NOK from the stations that received the last messages (Network status of a device).',
  },
  getDeviceMessageMetric: {
    method: 'GET',
    path: '/api/devices/{id}/messages/metric',
    params: DeviceParams,
    response: MessageMetric,
    mutation: false,
    summary: 'Message counts over the last day, week and month (Device message metrics).',
  },
  getDeviceConsumptions: {
    method: 'GET',
    path: '/api/device/{id}/consumptions/{year}',
    aliases: ['/api/devices/{id}/consumptions/{year}'],
    params: ConsumptionParams,
    response: Consumption,
    mutation: false,
    summary:
      'Frames per day of a year; singular `/api/device` as documented, plural alias (Device consumptions).',
  },
  listCallbackErrors: {
    method: 'GET',
    path: '/api/callbacks/messages/error',
    params: NoParams,
    query: CallbackErrorListQuery,
    response: CallbackErrorPage,
    mutation: false,
    paging: { timeUnit: 'ms' },
    summary:
      'Messages where at least one callback failed; bounds in ms, `time` in s (Messages not sent this month).',
  },
  getCoverageRedundancy: {
    method: 'GET',
    path: '/api/coverages/redundancy',
    params: NoParams,
    query: CoverageQuery,
    response: CoverageRedundancy,
    mutation: false,
    summary: 'Base stations that hear a point, 0 to 3+, mode INDOOR by default (Coverage API, Redundancy).',
  },
  listUsers: {
    method: 'GET',
    path: '/api/users',
    params: NoParams,
    query: UserListQuery,
    response: UserPage,
    mutation: false,
    paging: { timeUnit: null },
    summary: 'Users with a role in a group, `?groupId=` (User API, User list by Group).',
  },
} as const satisfies Record<string, Endpoint>;
