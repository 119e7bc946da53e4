import type { Message } from '@sfc/api';
import { describe, expect, it } from 'vitest';
import { sequenceGaps } from './sequence-gaps.ts';

const message = (seqNumber: number | undefined, time: number): Message => ({
  device: '1A2B',
  time,
  data: '00',
  ...(seqNumber === undefined ? {} : { seqNumber }),
});

describe('sequenceGaps', () => {
  it('flags the message after missing numbers with how many are missing (newest first)', () => {
    const list = [message(10, 5), message(7, 4), message(6, 3)];
    const gaps = sequenceGaps(list);
    expect(gaps.get(list[0] as Message)).toBe(2);
    expect(gaps.has(list[1] as Message)).toBe(false);
    expect(gaps.size).toBe(1);
  });

  it('follows the 12-bit wrap: 4095 then 0 is no gap, 4094 then 1 misses two', () => {
    const wrapped = [message(0, 2), message(4095, 1)];
    expect(sequenceGaps(wrapped).size).toBe(0);
    const gapped = [message(1, 2), message(4094, 1)];
    expect(sequenceGaps(gapped).get(gapped[0] as Message)).toBe(2);
  });

  it('does not judge messages without a sequence number', () => {
    expect(sequenceGaps([message(undefined, 2), message(3, 1)]).size).toBe(0);
  });
});
