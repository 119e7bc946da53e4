import type { OutboxEmail } from './delivery/types.ts';

/**
 * EMAIL callbacks are "sent" here: no mail server exists offline, so the simulator
 * keeps the most recent emails in memory, readable through GET /_sim/outbox.
 */
export interface Outbox {
  add(email: OutboxEmail): void;
  /** Oldest first. */
  list(): OutboxEmail[];
}

export function createOutbox(limit = 1000): Outbox {
  const emails: OutboxEmail[] = [];
  return {
    add(email) {
      emails.push(email);
      if (emails.length > limit) emails.splice(0, emails.length - limit);
    },
    list: () => [...emails],
  };
}
