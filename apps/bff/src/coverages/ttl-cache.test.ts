import { describe, expect, it } from 'vitest';
import { createLimiter } from './limiter.ts';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('drops the least recently used entry past its size, and expired entries', () => {
    let now = 0;
    const c = new TtlCache<number>(2, 100, () => now);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1);
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect([c.get('a'), c.get('c'), c.size]).toEqual([1, 3, 2]);
    now = 100;
    expect(c.get('a')).toBeUndefined();
    expect(c.size).toBe(1);
  });
});

describe('createLimiter', () => {
  it('runs at most max tasks at once, in order, and survives failing tasks', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 2));
      running--;
      if (i === 1) throw new Error('fails');
      return i;
    };
    const all = await Promise.allSettled([0, 1, 2, 3, 4].map((i) => limit.run(task(i))));
    expect(all.map((s) => s.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
      'fulfilled',
    ]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });
});
