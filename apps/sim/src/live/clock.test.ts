import { describe, expect, it } from 'vitest';
import { createClock, type Timers } from './clock.ts';

/** Timers driven by hand: `fire()` runs the interval callback once. */
function manualTimers() {
  let fn: (() => void) | undefined;
  const timers: Timers = {
    setInterval: (f) => {
      fn = f;
      return 1;
    },
    clearInterval: () => {
      fn = undefined;
    },
  };
  return { timers, fire: () => fn?.(), active: () => fn !== undefined };
}

describe('clock', () => {
  it('advances simulated time and reports each tick', async () => {
    const clock = createClock({ startMs: 1000 });
    const ticks: [number, number][] = [];
    clock.onTick((from, to) => {
      ticks.push([from, to]);
    });
    expect(await clock.advance(500)).toBe(1500);
    expect(clock.now()).toBe(1500);
    expect(ticks).toEqual([[1000, 1500]]);
  });

  it('runs ticks one after another and resolves once the tick settles', async () => {
    const clock = createClock({ startMs: 0 });
    const log: string[] = [];
    let release: () => void = () => undefined;
    clock.onTick(async (_from, to) => {
      log.push(`start ${to}`);
      if (to === 10) await new Promise<void>((r) => (release = r));
      log.push(`end ${to}`);
    });
    const first = clock.advance(10);
    const second = clock.advance(5);
    await Promise.resolve();
    expect(log).toEqual(['start 10']);
    release();
    expect(await second).toBe(15);
    expect(await first).toBe(10);
    expect(log).toEqual(['start 10', 'end 10', 'start 15', 'end 15']);
  });

  it('refuses to go backwards', async () => {
    const clock = createClock({ startMs: 0 });
    await expect(clock.advance(-1)).rejects.toThrow(RangeError);
    expect(clock.now()).toBe(0);
  });

  it('the real-time driver advances interval × speed per interval and stops', async () => {
    const t = manualTimers();
    const clock = createClock({ startMs: 0, speed: 60, intervalMs: 1000, timers: t.timers });
    const ticks: number[] = [];
    clock.onTick((_from, to) => {
      ticks.push(to);
    });
    clock.start();
    expect(clock.running).toBe(true);
    t.fire();
    await clock.advance(0);
    expect(ticks).toEqual([60_000, 60_000]);
    clock.stop();
    expect(t.active()).toBe(false);
    expect(clock.running).toBe(false);
  });

  it('the driver owes time to the next tick while one is still running', async () => {
    const t = manualTimers();
    const clock = createClock({ startMs: 0, speed: 2, intervalMs: 100, timers: t.timers });
    let release: () => void = () => undefined;
    const blocked = new Promise<void>((r) => (release = r));
    let started: () => void = () => undefined;
    const firstStarted = new Promise<void>((r) => (started = r));
    const ticks: number[] = [];
    clock.onTick(async (_from, to) => {
      ticks.push(to);
      if (ticks.length === 1) {
        started();
        await blocked;
      }
    });
    clock.start();
    t.fire();
    await firstStarted;
    t.fire();
    t.fire();
    release();
    await clock.advance(0);
    t.fire();
    await clock.advance(0);
    expect(ticks).toEqual([200, 200, 800, 800]);
  });
});
