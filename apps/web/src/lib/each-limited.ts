/**
 * Runs `task` for each item, at most `concurrency` at a time, starting them in item
 * order. Once `stopped()` answers true no further task starts; those under way finish.
 * Rejects with the first task that fails.
 */
export async function eachLimited<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
  stopped: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !stopped()) {
      const index = next++;
      await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}
