import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * One plain closing line after the list reporter, in the shape the repository's
 * other runners end with: "e2e: N passed, N failed, N skipped".
 */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, 'passed' | 'failed' | 'skipped'>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const outcome = result.status === 'skipped' ? 'skipped' : test.ok() ? 'passed' : 'failed';
    this.outcomes.set(test.id, outcome);
  }

  onEnd(result: FullResult): void {
    const count = (o: string) => [...this.outcomes.values()].filter((v) => v === o).length;
    const failed = count('failed') + (result.status === 'passed' || count('failed') > 0 ? 0 : 1);
    process.stdout.write(`\ne2e: ${count('passed')} passed, ${failed} failed, ${count('skipped')} skipped\n`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
