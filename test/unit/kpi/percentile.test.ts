import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, percentile } from '../../../lib/kpi/percentile';

describe('percentile', () => {
  it('interpolates between closest ranks like PERCENTILE.INC', () => {
    expect(median([4, 1, 18, 2.5])).toBe(3.25);
    expect(median([3, 1, 2])).toBe(2);
    // h = 3 × 0.85 = 2.55 → 4 + 0.55 × (18 − 4)
    expect(percentile([1, 2.5, 4, 18], 0.85)).toBeCloseTo(11.7, 9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.85)).toBeCloseTo(8.65, 9);
    expect(percentile([7], 0.85)).toBe(7);
  });

  it('is null for no values', () => {
    expect(median([])).toBeNull();
  });

  it('stays within the values and grows with p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p, q) => {
          const low = percentile(values, Math.min(p, q))!;
          const high = percentile(values, Math.max(p, q))!;
          expect(low).toBeGreaterThanOrEqual(Math.min(...values));
          expect(high).toBeLessThanOrEqual(Math.max(...values));
          expect(low).toBeLessThanOrEqual(high + 1e-9);
        },
      ),
    );
  });
});
