import type { Message } from '@sfc/api';

/** A message's key in the URL (`message` view param) and in tables: time (s), sequence number, data. */
export const messageKey = (m: Message) => `${m.time}-${m.seqNumber ?? ''}-${m.data}`;

/**
 * The second a `message` param names: every key starts with it, and a location's link
 * carries it alone, since a location knows nothing else of its message.
 */
export function keySecond(key: string): number | undefined {
  const second = Number(key.split('-')[0]);
  return Number.isSafeInteger(second) && second > 0 ? second : undefined;
}

/** Whether a `message` param names this message: by its full key or by its second alone. */
export function namesMessage(key: string, m: Message): boolean {
  return key === messageKey(m) || key === String(m.time);
}
