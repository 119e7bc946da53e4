import { defineConfig } from 'vitest/config';

// One root command runs every test in the repo; each package adds its own project config.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'tools'],
    reporters: ['default', './tools/summary-reporter.ts'],
  },
});
