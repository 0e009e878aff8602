import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Three projects: pure logic in node, React components in jsdom, and the built
// app in headless Chromium (driven by playwright-core, see tests/e2e/setup.ts).
export default defineConfig({
  plugins: [react()],
  test: {
    // A safety net, not a speed check: with other work on the 2 cores the slowest unit tests (the XSS corpus
    // through the panel, the generator's shape) take 5–15 s; timings are measured only in the bench.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{domain,data,state,url,map,scripts}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
