import type { Handlers } from '../handler.ts';
import { callbackHandlers } from './callbacks.ts';
import { coverageHandlers } from './coverage.ts';
import { deviceTypeHandlers } from './device-types.ts';
import { deviceHandlers } from './devices.ts';
import { eventHandlers } from './events.ts';
import { groupHandlers } from './groups.ts';
import { messageHandlers } from './messages.ts';

/** One handler per catalogue entry; `satisfies Handlers` makes a forgotten endpoint a compile error. */
export const handlers = {
  ...groupHandlers,
  ...deviceTypeHandlers,
  ...callbackHandlers,
  ...deviceHandlers,
  ...messageHandlers,
  ...eventHandlers,
  ...coverageHandlers,
} satisfies Handlers;
