import type { Endpoint } from '../endpoint.ts';
import { deviceEndpoints } from './device-endpoints.ts';
import { deviceTypeEndpoints } from './device-type-endpoints.ts';

/**
 * The endpoint catalogue: every endpoint of the Sigfox API v1 reference, as data.
 * The BFF registers exactly these routes (it is the whitelist), the simulator
 * implements one handler per entry, and the client derives `call` from them.
 */
export const endpoints = { ...deviceTypeEndpoints, ...deviceEndpoints } as const satisfies Record<
  string,
  Endpoint
>;

/** The name of a catalogue entry. */
export type EndpointName = keyof typeof endpoints;

/** Every catalogue entry as `[name, endpoint]`, in catalogue order (literal paths before `{id}` paths). */
export const endpointList = Object.entries(endpoints) as [EndpointName, Endpoint][];

const names = new Map<Endpoint, EndpointName>(endpointList.map(([name, endpoint]) => [endpoint, name]));

/** The catalogue name of an endpoint object, or undefined when it is not a catalogue entry. */
export function endpointName(endpoint: Endpoint): EndpointName | undefined {
  return names.get(endpoint);
}
