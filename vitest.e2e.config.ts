// Browser tests: real Chromium with the built extension (see /work/shared/TESTING.md).
// Run with `npm run test:e2e` (builds the extension when .output/chrome-mv3 is missing).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
