import type { SimMessage, SimStatusEvent } from '../world/types.ts';

/** An uplink written in this tick, waiting for its DATA callbacks. */
export interface MessageJob {
  messageId: number;
  message: SimMessage;
  typeId: string;
  groupId: string;
  avgSnr: number;
  /** The device asked for a downlink (BIDIR `{ack}`). */
  ack: boolean;
  /** The device type answers downlinks through its downlink-hook callback (downlinkMode 1). */
  callbackDownlink: boolean;
}

/** A status event written in this tick, waiting for its ERROR callbacks. */
export interface EventJob {
  eventId: number;
  event: SimStatusEvent;
}

export interface TickPlan {
  messages: MessageJob[];
  events: EventJob[];
}
