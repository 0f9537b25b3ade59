import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and dist tests share one built site; keep files in parallel but not too many Chromiums.
    maxWorkers: 2,
    env: { TZ: 'Europe/Amsterdam' },
  },
});
