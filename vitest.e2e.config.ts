import { defineConfig } from 'vitest/config';

// End-to-end: one shared build of the web renderer (or the Electron app when its binary
// exists); each test gets a fresh browser profile. Files run one at a time: 2 cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A retrying assertion (expect.poll) reads until it holds; this is only when it gives up.
    // Playwright's own waits (locator.waitFor, clicks) give up after 30 s.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
