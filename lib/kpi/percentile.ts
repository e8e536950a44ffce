/**
 * Percentiles by linear interpolation between closest ranks (Hyndman & Fan type 7), the method
 * of Excel's PERCENTILE.INC, Google Sheets' PERCENTILE and NumPy's default — so a manager who
 * exports the durations and checks them in a spreadsheet gets the same number.
 *
 *   h = (n − 1) · p,  value = x[⌊h⌋] + (h − ⌊h⌋) · (x[⌊h⌋ + 1] − x[⌊h⌋])
 *
 * over the values sorted ascending. The median is p = 0.5 (the mean of the two middle values
 * when n is even). Null for no values.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  if (p <= 0) return sorted[0]!;
  if (p >= 1) return sorted[n - 1]!;
  const h = (n - 1) * p;
  const low = Math.floor(h);
  const lower = sorted[low]!;
  if (low + 1 >= n) return lower;
  return lower + (h - low) * (sorted[low + 1]! - lower);
}

/** Percentile of unsorted values; sorts a copy. */
export function percentile(values: readonly number[], p: number): number | null {
  return percentileOfSorted(Float64Array.from(values).sort(), p);
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5);
}
