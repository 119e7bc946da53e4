import { type CoverageMode, MAX_COVERAGE_BATCH_POINTS } from '@sfc/api';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { fetchCoverageBatch } from './coverage-queries.ts';
import type { Redundancy } from './coverage-texts.ts';
import type { DeploymentPoint } from './deployment-csv.ts';
import { runBatches } from './run-batches.ts';

export interface CheckedPoint extends DeploymentPoint {
  redundancy: Redundancy | null;
  /** Why the API gave no redundancy, when it did not. */
  error?: string | undefined;
}

/** Batches in flight at once, as for the coverage layer. */
const IN_FLIGHT = 2;

/**
 * Checks a deployment: its points in batches of 100, two at a time, with progress, and
 * a way to cancel. A user action over many requests, so a mutation rather than a query;
 * its own failures are shown on the page (no "not saved" toast: nothing is saved).
 */
export function useDeploymentCheck() {
  const [done, setDone] = useState(0);
  const controller = useRef<AbortController | null>(null);
  // Leaving the page stops the requests still to come.
  useEffect(() => () => controller.current?.abort(), []);
  const check = useMutation({
    meta: { errorsShownInForm: true },
    mutationFn: async ({ points, mode }: { points: DeploymentPoint[]; mode: CoverageMode }) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setDone(0);
      const answers = await runBatches(points, {
        size: MAX_COVERAGE_BATCH_POINTS,
        concurrency: IN_FLIGHT,
        signal: abort.signal,
        fetchChunk: (part, signal) => fetchCoverageBatch(mode, part, signal),
        onProgress: setDone,
      });
      return points.map(
        (p, i): CheckedPoint => ({
          ...p,
          redundancy: answers[i]?.redundancy ?? null,
          error: answers[i]?.error,
        }),
      );
    },
  });
  return {
    check,
    done,
    cancel: () => controller.current?.abort(),
    cancelled: check.error instanceof DOMException && check.error.name === 'AbortError',
  };
}
