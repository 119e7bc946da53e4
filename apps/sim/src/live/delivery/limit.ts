/** Runs a task when a slot is free. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * At most `max` tasks at once, the others queued in order. A long clock jump can
 * produce thousands of deliveries in one tick; this keeps sockets (and the
 * receivers on the other end) within reason.
 */
export function createLimiter(max: number): Limiter {
  let active = 0;
  const queue: (() => void)[] = [];
  const release = (): void => {
    // Hand the slot straight to the next waiter, so no newcomer can slip in between.
    const next = queue.shift();
    if (next) next();
    else active -= 1;
  };
  const acquire = (): Promise<void> => {
    if (active < max) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      queue.push(resolve);
    });
  };
  return <T>(task: () => Promise<T>): Promise<T> => acquire().then(task).finally(release);
}
