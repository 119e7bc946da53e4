import { type CallbackCreation, endpoints } from '@sfc/api';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../lib/api-client.ts';

export const callbackQueries = {
  all: () => ['callbacks'] as const,
  /** The callbacks of a device type, grouped data / service / error. */
  list: (deviceTypeId: string) =>
    queryOptions({
      queryKey: [...callbackQueries.all(), 'list', deviceTypeId] as const,
      queryFn: ({ signal }) => api.call(endpoints.listCallbacks, { params: { id: deviceTypeId }, signal }),
    }),
};

function useInvalidateList(deviceTypeId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: callbackQueries.list(deviceTypeId).queryKey });
}

export function useCreateCallback(deviceTypeId: string) {
  const invalidate = useInvalidateList(deviceTypeId);
  return useMutation({
    mutationFn: (body: CallbackCreation) =>
      api.call(endpoints.createCallbacks, { params: { id: deviceTypeId }, body }),
    onSuccess: invalidate,
    meta: { successMessage: 'Callback created', errorsShownInForm: true },
  });
}

export function useEnableCallback(deviceTypeId: string) {
  const invalidate = useInvalidateList(deviceTypeId);
  return useMutation({
    mutationFn: ({ callbackId, enabled }: { callbackId: string; enabled: boolean }) =>
      api.call(endpoints.enableCallback, { params: { id: deviceTypeId, callbackId }, query: { enabled } }),
    onSettled: invalidate,
  });
}

export function useDeleteCallback(deviceTypeId: string) {
  const invalidate = useInvalidateList(deviceTypeId);
  return useMutation({
    mutationFn: (callbackId: string) =>
      api.call(endpoints.deleteCallback, { params: { id: deviceTypeId, callbackId } }),
    onSuccess: invalidate,
    meta: { successMessage: 'Callback deleted' },
  });
}

export function useSelectDownlinkCallback(deviceTypeId: string) {
  const invalidate = useInvalidateList(deviceTypeId);
  return useMutation({
    mutationFn: (callbackId: string) =>
      api.call(endpoints.selectDownlinkCallback, { params: { id: deviceTypeId, callbackId } }),
    onSuccess: invalidate,
    meta: { successMessage: 'Downlink callback selected' },
  });
}
