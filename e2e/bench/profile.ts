import type { Page } from '@playwright/test';

/*
 * Where the page's main thread spends its time, from Chromium's sampling profiler
 * (CDP Profiler): self time per function, largest first. The clustering worker is
 * another thread and is not sampled here; main-thread "(idle)" while the map waits
 * for the worker shows its share.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface CpuProfileSummary {
  totalMs: number;
  /** Markdown: the functions with the most self time. */
  table: string;
  top: { name: string; selfMs: number }[];
}

const TOP = 20;

function nameOf(f: CallFrame): string {
  const file = f.url.split('/').at(-1) ?? '';
  const name = f.functionName || '(anonymous)';
  return file ? `${name} ${file}:${f.lineNumber + 1}` : name;
}

/** Self time per function name and place, in ms. */
export function selfTimes(profile: CpuProfile): Map<string, number> {
  const byNode = new Map(profile.nodes.map((n) => [n.id, nameOf(n.callFrame)]));
  const times = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // A sample's time is the delta to the next sample (deltas[k] precedes samples[k]).
  for (let k = 0; k < samples.length; k++) {
    const name = byNode.get(samples[k] as number) ?? '?';
    times.set(name, (times.get(name) ?? 0) + (deltas[k + 1] ?? 0) / 1000);
  }
  return times;
}

export function summarise(profile: CpuProfile): CpuProfileSummary {
  const times = selfTimes(profile);
  const totalMs = [...times.values()].reduce((a, b) => a + b, 0);
  const top = [...times.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([name, selfMs]) => ({ name, selfMs }));
  const table = [
    '| self ms | share | function |',
    '| ---: | ---: | --- |',
    ...top.map(
      (t) => `| ${t.selfMs.toFixed(0)} | ${((100 * t.selfMs) / totalMs).toFixed(1)} % | ${t.name} |`,
    ),
  ].join('\n');
  return { totalMs, table, top };
}

/** Starts sampling the page's main thread; `stop` ends it and summarises. */
export async function startCpuProfile(page: Page): Promise<{ stop(): Promise<CpuProfileSummary> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  // 200 µs: fine enough for tasks of a few ms, cheap enough not to slow them much.
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      return summarise(profile as CpuProfile);
    },
  };
}
