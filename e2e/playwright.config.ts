import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './stack/chromium.ts';
import { repoRoot, stack, tsxBin } from './stack/stack.ts';

/**
 * The console as users get it: the simulator, the BFF and the built web app, three
 * real processes on loopback ports, driven in Debian's Chromium.
 */

export default defineConfig({
  testDir: './tests',
  // A 2-core machine also running the three processes: one browser at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['./summary-reporter.ts']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: './test-results',
  use: {
    baseURL: stack.consoleUrl,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      name: 'sim',
      command: `${tsxBin} e2e/stack/start-sim.ts`,
      cwd: repoRoot,
      url: `${stack.simUrl}/api/devicetypes`,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
    {
      name: 'console',
      command: `${tsxBin} e2e/stack/start-console.ts`,
      cwd: repoRoot,
      url: `${stack.consoleUrl}/readyz`,
      reuseExistingServer: false,
      timeout: 180_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
