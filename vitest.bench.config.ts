import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Benchmarks (`npm run bench`, scripts/bench.mjs): plain vitest files named `*.bench-run.ts`
 * that time work with performance.now() and record figures through test/bench/record.ts.
 * One file at a time, so benchmarks do not compete for the CPU.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/bench/**/*.bench-run.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
