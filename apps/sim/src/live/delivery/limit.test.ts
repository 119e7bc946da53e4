import { describe, expect, it } from 'vitest';
import { createLimiter } from './limit.ts';

describe('createLimiter', () => {
  it('runs at most max tasks at once, in order, and all of them', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const started: number[] = [];
    const tasks = [0, 1, 2, 3, 4].map((i) =>
      limit(async () => {
        started.push(i);
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((r) => releases.push(r));
        running -= 1;
        return i;
      }),
    );
    // Release whatever is running until everything has run.
    while (started.length < 5 || running > 0) {
      await new Promise((r) => setImmediate(r));
      releases.shift()?.();
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });

  it('frees the slot of a task that fails', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit(() => Promise.resolve('next'))).toBe('next');
  });
});
