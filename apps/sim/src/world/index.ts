/**
 * The simulator's world: seeded organisation, devices, base stations and radio
 * model, and the streamed history. Pure and deterministic: the db layer inserts
 * what these return, live traffic calls nextMessage. See README.md.
 */
export type * from './types.ts';
export { createWorld, DEFAULT_HISTORY_DAYS } from './world.ts';
export { history, formatUtc } from './history.ts';
export { nextMessage, radioState, deviceStats } from './live.ts';
export { redundancy, linkQuality, PENETRATION_LOSS_DB } from './coverage.ts';
export { createRng } from './rng.ts';
