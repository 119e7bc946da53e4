import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'payload', include: ['src/**/*.test.ts'] },
});
