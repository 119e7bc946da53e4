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

  it('spreads never-seen and overdue devices over one interval instead of sending at once', () => {
    const firsts = Array.from(
      { length: 200 },
      (_, i) => sendTimes({ id: `D${i}`, last: i % 2 === 0 ? 0 : 10, intervalSec: 600 }, 5_000, 5_600)[0],
    );
    for (const t of firsts) {
      expect(t).toBeGreaterThan(5_000);
      expect(t).toBeLessThanOrEqual(5_600);
    }
    const early = firsts.filter((t) => t !== undefined && t <= 5_060).length;
    expect(early).toBeLessThan(60);
  });

  it('an overdue device sends the same whether time comes in one tick or many', () => {
    const overdue = { id: '00B2', last: 10, intervalSec: 600 };
    const once = sendTimes(overdue, 5_000, 9_000);
    const stepped: number[] = [];
    let last = overdue.last;
    for (let from = 5_000; from < 9_000; from += 1) {
      const ts = sendTimes({ ...overdue, last }, from, from + 1);
      stepped.push(...ts);
      last = ts.at(-1) ?? last;
    }
    expect(stepped).toEqual(once);
    expect(once.length).toBeGreaterThan(3);
  });

  it('stops at silentSince and caps a long jump', () => {
    expect(sendTimes({ ...device, silentSince: 1_000_000 }, 1_000_000, 1_100_000)).toEqual([]);
    expect(sendTimes({ ...device, intervalSec: 2 }, 1_000_000, 2_000_000)).toHaveLength(
      MAX_MESSAGES_PER_TICK,
    );
  });
});
