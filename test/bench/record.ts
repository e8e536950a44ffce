import { appendFileSync } from 'node:fs';

/**
 * Records one benchmark figure for `npm run bench` (scripts/bench.mjs), which merges every
 * figure recorded during the run into bench-results.json and prints the table.
 *
 * Figures go to the file named by BENCH_RECORD_FILE, one JSON object a line, appended — so
 * any number of `*.bench-run.ts` files (and vitest workers) can record without coordinating.
 * Run outside the script (plain `vitest`), the figure is only printed.
 *
 * `budget` is the figure's limit (lower is better, unless the name ends in `PerSec`), or null
 * for a figure that is only reported.
 */
export function recordFigure(name: string, value: number, unit: string, budget: number | null) {
  if (!Number.isFinite(value))
    throw new RangeError(`Figure ${name} is not a finite number: ${value}`);
  const line = JSON.stringify({ name, value, unit, budget });
  const file = process.env.BENCH_RECORD_FILE;
  if (file) appendFileSync(file, `${line}\n`);
  else console.info(`[bench] ${line}`);
}

/** Median of a list of timings. */
export function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
