import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { installFakeBff, reply } from '../../test/fake-bff.ts';
import { useCoverageCells } from './use-coverage-cells.ts';

/** A fake batch endpoint that counts requests in flight and points asked. */
function fakeBatches() {
  let inFlight = 0;
  let most = 0;
  const asked: string[] = [];
  const seen = installFakeBff({
    'GET /bff/coverage/redundancy': async (r) => {
      inFlight++;
      most = Math.max(most, inFlight);
      const points = (r.search.get('points') ?? '').split(';');
      asked.push(...points);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      const results = points.map((p) => {
        const [lat, lng] = p.split(',').map(Number);
        return { lat, lng, redundancy: Math.abs(Math.round((lat ?? 0) * 100)) % 4 };
      });
      return reply({ mode: r.search.get('mode'), results });
    },
  });
  return { seen, asked, most: () => most };
}

function wrapper() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={qc}>{children}</QueryClientProvider>
  );
}

// About 28 × 11 cells at zoom 10: four batches of at most 100.
const view = { zoom: 10, bounds: { south: 43.2, north: 43.8, west: 0.8, east: 3.2 } };
const panned = { zoom: 10, bounds: { south: 43.2, north: 43.8, west: 0.9, east: 3.3 } };

describe('useCoverageCells', () => {
  it('answers every cell in view through batches of at most 100, two in flight', async () => {
    const fake = fakeBatches();
    const { result } = renderHook(() => useCoverageCells(view, 'INDOOR', true), { wrapper: wrapper() });
    await waitFor(() => expect(result.current.answered).toHaveLength(result.current.total));
    expect(result.current.total).toBeGreaterThan(200);
    expect(fake.seen.length).toBe(Math.ceil(result.current.total / 100));
    expect(fake.seen.every((r) => r.search.get('mode') === 'INDOOR')).toBe(true);
    expect(fake.most()).toBeLessThanOrEqual(2);
    expect(new Set(fake.asked).size).toBe(fake.asked.length);
  });

  it('asks only about the cells a pan brings into view', async () => {
    const fake = fakeBatches();
    const { result, rerender } = renderHook(({ v }) => useCoverageCells(v, 'OUTDOOR', true), {
      wrapper: wrapper(),
      initialProps: { v: view },
    });
    await waitFor(() => expect(result.current.answered).toHaveLength(result.current.total));
    const first = fake.asked.length;
    rerender({ v: panned });
    await waitFor(() => expect(result.current.answered).toHaveLength(result.current.total));
    expect(fake.asked.length - first).toBeGreaterThan(0);
    expect(fake.asked.length - first).toBeLessThan(first / 4);
    expect(new Set(fake.asked).size).toBe(fake.asked.length);
  });

  it('aborts the batches of a view the map has left', async () => {
    const signals: AbortSignal[] = [];
    // Requests that never answer: only their abort settles them.
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => {
      const signal = init.signal!;
      signals.push(signal);
      return new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    });
    const { rerender } = renderHook(({ v }) => useCoverageCells(v, 'INDOOR', true), {
      wrapper: wrapper(),
      initialProps: { v: view },
    });
    await waitFor(() => expect(signals).toHaveLength(2));
    rerender({ v: { zoom: 10, bounds: { south: 48.8, north: 49.0, west: 2.2, east: 2.6 } } });
    await waitFor(() => expect(signals).toHaveLength(3));
    expect(signals.map((s) => s.aborted)).toEqual([true, true, false]);
  });

  it('asks nothing while the layer is off', () => {
    const fake = fakeBatches();
    const { result } = renderHook(() => useCoverageCells(view, 'INDOOR', false), { wrapper: wrapper() });
    expect(result.current.total).toBe(0);
    expect(fake.seen).toHaveLength(0);
  });

  it('asks nothing when zoomed out past the level where a cell stands for its area', () => {
    const fake = fakeBatches();
    const europe = { zoom: 5, bounds: { south: 36, north: 60, west: -10, east: 25 } };
    const { result } = renderHook(() => useCoverageCells(europe, 'INDOOR', true), { wrapper: wrapper() });
    expect(result.current.tooFarOut).toBe(true);
    expect(result.current.total).toBe(0);
    expect(fake.seen).toHaveLength(0);
  });
});
