import type { Message } from '@sfc/api';

/** Sequence numbers are 12-bit and wrap at 4096 (domain notes). */
const SEQ_MODULO = 4096;

/**
 * How many sequence numbers are missing before each message, for messages listed most
 * recent first: a message whose number is not its predecessor's plus one (modulo 4096)
 * follows a gap. Messages without a number, and the oldest one loaded, are not judged.
 */
export function sequenceGaps(messages: readonly Message[]): Map<Message, number> {
  const gaps = new Map<Message, number>();
  for (let i = 0; i + 1 < messages.length; i++) {
    const current = messages[i]?.seqNumber;
    const previous = messages[i + 1]?.seqNumber;
    if (current === undefined || previous === undefined) continue;
    const missing = (current - previous - 1 + SEQ_MODULO) % SEQ_MODULO;
    if (missing > 0) gaps.set(messages[i] as Message, missing);
  }
  return gaps;
}
