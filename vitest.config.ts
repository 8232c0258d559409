import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    pool: 'forks',
    // Some unit tests drive real Chromium (PDF) or fake-indexeddb with thousands of rows; 2 cores.
    testTimeout: 30_000,
  },
});
