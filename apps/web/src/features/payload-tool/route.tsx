import { PayloadToolPage } from './payload-tool-page.tsx';

/** Pure computation in the browser: nothing to prefetch. */
export function payloadToolRoute() {
  return { Component: PayloadToolPage };
}
