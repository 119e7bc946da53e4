/**
 * Live traffic, callback delivery and the /_sim control API (README.md).
 * The server wires it with `createLive` and mounts `controlRoutes()` when enabled.
 */
export { createLive, type Live, type LiveOptions, type TickResult } from './live.ts';
export { createClock, type Clock, type ClockOptions } from './clock.ts';
export type { MessageSource } from './source.ts';
export type { Emitted, TickSummary } from './traffic.ts';
export type { CallbackStatus, OutboxEmail } from './delivery/types.ts';
