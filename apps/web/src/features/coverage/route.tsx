import { CoveragePage } from './coverage-page.tsx';
import { DeploymentPage } from './deployment-page.tsx';

/*
 * Nothing to prefetch: both screens ask as the user points, clicks or pastes, and the
 * map's settings load with the map.
 */

export function coverageRoute() {
  return { Component: CoveragePage };
}

export function deploymentCheckRoute() {
  return { Component: DeploymentPage };
}
