/**
 * The simulator's world: seeded organisation, devices, base stations and radio
 * model, and the streamed history. Pure and deterministic: the db layer inserts
 * what these return, live traffic calls nextMessage. See README.md.
 */
export type * from './types.ts';
export { createWorld } from './world.ts';
export { history } from './history.ts';
export { nextMessage, radioState, deviceStats } from './live.ts';
export { redundancy, linkQuality } from './coverage.ts';
export { createRng } from './rng.ts';
