import { describe, expect, it } from 'vitest';
import { runBatches } from './run-batches.ts';

/** A fetcher whose requests stay open until released, recording what is in flight. */
function gate() {
  const open: { items: number[]; release: () => void }[] = [];
  let most = 0;
  const fetchChunk = (items: number[]) =>
    new Promise<string[]>((resolve) => {
      open.push({ items, release: () => resolve(items.map((i) => `answer ${i}`)) });
      most = Math.max(most, open.length);
    });
  const releaseFirst = async () => {
    const first = open.shift();
    first?.release();
    await new Promise((r) => setTimeout(r, 0));
    return first?.items.length;
  };
  return { fetchChunk, open, releaseFirst, most: () => most };
}

describe('runBatches', () => {
  it('asks in chunks of at most 100, two at a time, and answers in item order', async () => {
    const items = Array.from({ length: 450 }, (_, i) => i);
    const g = gate();
    const progress: number[] = [];
    const run = runBatches(items, {
      size: 100,
      concurrency: 2,
      signal: new AbortController().signal,
      fetchChunk: g.fetchChunk,
      onProgress: (done) => progress.push(done),
    });
    await new Promise((r) => setTimeout(r, 0));
    expect(g.open.map((o) => o.items.length)).toEqual([100, 100]);
    const sizes: (number | undefined)[] = [];
    while (g.open.length > 0) sizes.push(await g.releaseFirst());
    const answers = await run;
    expect(g.most()).toBe(2);
    expect(sizes).toEqual([100, 100, 100, 100, 50]);
    expect(progress).toEqual([100, 200, 300, 400, 450]);
    expect(answers).toEqual(items.map((i) => `answer ${i}`));
  });

  it('starts no further chunk once cancelled, and rejects', async () => {
    const g = gate();
    const abort = new AbortController();
    const run = runBatches(
      Array.from({ length: 500 }, (_, i) => i),
      { size: 100, concurrency: 2, signal: abort.signal, fetchChunk: g.fetchChunk },
    );
    const rejected = expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 0));
    abort.abort();
    await g.releaseFirst();
    await g.releaseFirst();
    await rejected;
    expect(g.open).toHaveLength(0);
  });
});
