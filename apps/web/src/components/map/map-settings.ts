import { ConsoleSettings } from '@sfc/api';
import { queryOptions } from '@tanstack/react-query';
import { bffRequest } from '../../lib/api-client.ts';

/**
 * The deployment's map settings (`GET /bff/settings`): a tile server when one is
 * configured, else null and the map draws its offline basemap. Read once a session.
 */
export const mapSettingsQuery = queryOptions({
  queryKey: ['settings'] as const,
  queryFn: ({ signal }) => bffRequest('/bff/settings', { method: 'GET', response: ConsoleSettings, signal }),
  staleTime: Number.POSITIVE_INFINITY,
});
