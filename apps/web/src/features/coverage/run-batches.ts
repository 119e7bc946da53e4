import { eachLimited } from '../../lib/each-limited.ts';
import { chunk } from './coverage-grid.ts';

interface RunBatchesOptions<P, R> {
  /** Most items per request. */
  size: number;
  /** Most requests in flight at once. */
  concurrency: number;
  signal: AbortSignal;
  fetchChunk: (items: P[], signal: AbortSignal) => Promise<R[]>;
  /** Called after each chunk with how many items have answers so far. */
  onProgress?: (done: number) => void;
}

/**
 * Asks about many items in chunks, a few requests at a time (the BFF fans each one out
 * to the Sigfox API; more in parallel would only queue there), and returns the answers
 * in item order. Aborting the signal stops it: no further chunk starts, and it rejects.
 */
export async function runBatches<P, R>(
  items: readonly P[],
  { size, concurrency, signal, fetchChunk, onProgress }: RunBatchesOptions<P, R>,
): Promise<R[]> {
  const chunks = chunk(items, size);
  const answers: R[][] = new Array(chunks.length);
  let done = 0;
  await eachLimited(chunks, concurrency, async (part, index) => {
    signal.throwIfAborted();
    answers[index] = await fetchChunk(part, signal);
    done += part.length;
    onProgress?.(done);
  });
  signal.throwIfAborted();
  return answers.flat();
}
