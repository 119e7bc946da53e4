import { describe, expect, it } from 'vitest';
import { eachLimited } from './each-limited.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('eachLimited', () => {
  it('runs every item, never more than the limit at once, started in order', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    await eachLimited([10, 11, 12, 13, 14, 15, 16], 3, async (item, index) => {
      started.push(item);
      expect(item - 10).toBe(index);
      running += 1;
      most = Math.max(most, running);
      await tick();
      running -= 1;
    });
    expect(started).toEqual([10, 11, 12, 13, 14, 15, 16]);
    expect(most).toBe(3);
  });

  it('starts nothing more once stopped, and lets the tasks under way finish', async () => {
    const finished: number[] = [];
    let stop = false;
    await eachLimited(
      [0, 1, 2, 3, 4, 5],
      2,
      async (item) => {
        await tick();
        finished.push(item);
        if (item === 0) stop = true;
      },
      () => stop,
    );
    expect(finished).toEqual([0, 1]);
  });
});
