import { redundancy } from '../../world/index.ts';
import type { Handlers } from '../handler.ts';

/** Coverage API, Redundancy: stations that hear the point, capped at 3; mode INDOOR by default. */
export const coverageHandlers = {
  getCoverageRedundancy: ({ query }, ctx) => ({
    redundancy: redundancy(ctx.stations, query.lat, query.lng, query.mode),
  }),
} satisfies Pick<Handlers, 'getCoverageRedundancy'>;
