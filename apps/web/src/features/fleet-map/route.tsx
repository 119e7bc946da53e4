import { FleetMapPage } from './fleet-map-page.tsx';

export function fleetMapRoute() {
  // No loader: the fleet loads with visible progress and can be cancelled, which a
  // loader that blocks navigation could not offer.
  return { Component: FleetMapPage };
}
