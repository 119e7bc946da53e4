import {
  type DeviceListQuery,
  type DeviceTypeEdit,
  type DeviceTypeListQuery,
  type DeviceRegistration,
  endpoints,
} from '@sfc/api';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';
import { pagedQueryOptions } from '../../lib/paged-query.ts';

export const deviceTypeQueries = {
  all: () => ['deviceTypes'] as const,
  list: (query: Pick<DeviceTypeListQuery, 'includeSubGroups'> = {}) =>
    queryOptions({
      queryKey: [...deviceTypeQueries.all(), 'list', query] as const,
      queryFn: ({ signal }) => api.call(endpoints.listDeviceTypes, { query, signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...deviceTypeQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => api.call(endpoints.getDeviceType, { params: { id }, signal }),
    }),
  /** Devices of the type, optionally filtered on average SNR band (1-4); paged. */
  devices: (id: string, query: Pick<DeviceListQuery, 'snr'> = {}) =>
    pagedQueryOptions(
      [...deviceTypeQueries.all(), 'detail', id, 'devices', query] as const,
      (signal) => api.call(endpoints.listDevices, { params: { id }, query, signal }),
      (url, signal) => api.follow(endpoints.listDevices, url, { signal }),
    ),
  /** Messages of every device of the type, most recent first; paged. */
  messages: (id: string) =>
    pagedQueryOptions(
      [...deviceTypeQueries.all(), 'detail', id, 'messages'] as const,
      (signal) => api.call(endpoints.listDeviceTypeMessages, { params: { id }, signal }),
      (url, signal) => api.follow(endpoints.listDeviceTypeMessages, url, { signal }),
    ),
  errorEvents: (id: string) =>
    pagedQueryOptions(
      [...deviceTypeQueries.all(), 'detail', id, 'events', 'error'] as const,
      (signal) => api.call(endpoints.listDeviceTypeErrorEvents, { params: { id }, signal }),
      (url, signal) => api.follow(endpoints.listDeviceTypeErrorEvents, url, { signal }),
    ),
  warnEvents: (id: string) =>
    pagedQueryOptions(
      [...deviceTypeQueries.all(), 'detail', id, 'events', 'warn'] as const,
      (signal) => api.call(endpoints.listDeviceTypeWarnEvents, { params: { id }, signal }),
      (url, signal) => api.follow(endpoints.listDeviceTypeWarnEvents, url, { signal }),
    ),
  geolocConfigs: (groupId: string) =>
    queryOptions({
      queryKey: [...deviceTypeQueries.all(), 'geolocConfigs', groupId] as const,
      queryFn: ({ signal }) => api.call(endpoints.listGeolocConfigs, { query: { groupId }, signal }),
    }),
};

export function useEditDeviceType() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DeviceTypeEdit) => api.call(endpoints.editDeviceType, { body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: deviceTypeQueries.all() }),
    meta: { successMessage: 'Device type saved', errorsShownInForm: true },
  });
}

export function useDisengageSequenceNumber(id: string) {
  return useMutation({
    mutationFn: () => api.call(endpoints.disengageSequenceNumber, { params: { id } }),
    meta: { successMessage: 'Sequence number check disengaged for the next message of each device' },
  });
}

export function useRegisterDevices(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: DeviceRegistration) => api.call(endpoints.registerDevices, { params: { id }, body }),
    onSuccess: () =>
      qc.invalidateQueries({ queryKey: [...deviceTypeQueries.detail(id).queryKey, 'devices'] }),
    meta: { successMessage: 'Devices registered', errorsShownInForm: true },
  });
}
