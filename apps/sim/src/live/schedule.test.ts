import { describe, expect, it } from 'vitest';
import { MAX_MESSAGES_PER_TICK, sendTimes } from './schedule.ts';

describe('sendTimes', () => {
  const device = { id: '00A1', last: 1_000_000, intervalSec: 600 };

  it('spaces messages 0.5 to 1.5 intervals apart, inside the window', () => {
    const times = sendTimes(device, 1_000_000, 1_000_000 + 86_400);
    expect(times.length).toBeGreaterThan(86_400 / 900);
    expect(times.length).toBeLessThan(86_400 / 300 + 1);
    let previous = device.last;
    for (const t of times) {
      expect(t - previous).toBeGreaterThanOrEqual(300);
      expect(t - previous).toBeLessThanOrEqual(900);
      previous = t;
    }
    expect(previous).toBeLessThanOrEqual(1_000_000 + 86_400);
  });

  it('is the same for one long tick and many short ones', () => {
    const once = sendTimes(device, 1_000_000, 1_010_000);
    const stepped: number[] = [];
    let last = device.last;
    for (let from = 1_000_000; from < 1_010_000; from += 7) {
      const ts = sendTimes({ ...device, last }, from, from + 7);
      stepped.push(...ts);
      last = ts.at(-1) ?? last;
    }
    expect(stepped).toEqual(once);
  });

  it('sends a never-seen or overdue device early in the window, not in the past', () => {
    expect(sendTimes({ ...device, last: 0 }, 5_000, 5_001)).toEqual([5_001]);
    const [first] = sendTimes({ ...device, last: 10 }, 5_000, 5_100);
    expect(first).toBeGreaterThan(5_000);
    expect(first).toBeLessThanOrEqual(5_100);
  });

  it('stops at silentSince and caps a long jump', () => {
    expect(sendTimes({ ...device, silentSince: 1_000_000 }, 1_000_000, 1_100_000)).toEqual([]);
    expect(sendTimes({ ...device, intervalSec: 2 }, 1_000_000, 2_000_000)).toHaveLength(
      MAX_MESSAGES_PER_TICK,
    );
  });
});
