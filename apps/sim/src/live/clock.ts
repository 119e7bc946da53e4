/**
 * The simulated clock. Live traffic is a pure function of its ticks: tests call
 * `advance(ms)` and await the tick (deliveries included); the real-time driver, on
 * only when live mode is started, advances `intervalMs × speed` every `intervalMs`.
 */
export type TickListener = (fromMs: number, toMs: number) => Promise<void> | void;

export interface Timers {
  setInterval(fn: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface ClockOptions {
  /** Simulated epoch milliseconds at creation. */
  startMs: number;
  /** Simulated milliseconds per real millisecond (1 = real time). */
  speed?: number;
  /** Real milliseconds between two driver ticks. */
  intervalMs?: number;
  timers?: Timers;
}

export interface Clock {
  /** Simulated epoch milliseconds. */
  now(): number;
  speed: number;
  /** Moves time forward by `ms` and runs one tick; resolves with the new time once the tick has settled. */
  advance(ms: number): Promise<number>;
  onTick(listener: TickListener): void;
  start(): void;
  stop(): void;
  readonly running: boolean;
}

const realTimers: Timers = {
  setInterval: (fn, ms) => setInterval(fn, ms),
  clearInterval: (handle) => clearInterval(handle as ReturnType<typeof setInterval>),
};

export function createClock(options: ClockOptions): Clock {
  const timers = options.timers ?? realTimers;
  const intervalMs = options.intervalMs ?? 1000;
  const listeners: TickListener[] = [];
  let current = options.startMs;
  // Ticks run one after another, so two ticks never interleave their writes.
  let chain: Promise<unknown> = Promise.resolve();
  let busy = 0;
  let owed = 0;
  let handle: unknown;

  const runTick = async (ms: number): Promise<number> => {
    const from = current;
    current += ms;
    const to = current;
    for (const listener of listeners) await listener(from, to);
    return to;
  };

  const clock: Clock = {
    now: () => current,
    speed: options.speed ?? 1,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) return Promise.reject(new RangeError(`cannot advance by ${ms} ms`));
      busy += 1;
      const tick = chain
        .then(() => runTick(ms))
        .finally(() => {
          busy -= 1;
        });
      chain = tick.catch(() => undefined);
      return tick;
    },
    onTick(listener) {
      listeners.push(listener);
    },
    start() {
      if (handle !== undefined) return;
      handle = timers.setInterval(() => {
        // While a tick is still delivering, owe the time to the next one instead of queueing ticks.
        owed += intervalMs * clock.speed;
        if (busy > 0) return;
        const ms = owed;
        owed = 0;
        void clock.advance(ms).catch(() => undefined);
      }, intervalMs);
    },
    stop() {
      if (handle === undefined) return;
      timers.clearInterval(handle);
      handle = undefined;
    },
    get running() {
      return handle !== undefined;
    },
  };
  return clock;
}
