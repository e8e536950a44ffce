import { describe, expect, it } from 'vitest';
import { compute } from '../../../lib/kpi/lead-time';
import { doneItem, prepared, windowAt } from './fixtures';

const NOW = '2026-03-31T12:00:00.000Z';

describe('lead time', () => {
  const items = [
    doneItem('ACME-1', '2026-03-11T00:00:00.000Z', { created: '2026-03-01T00:00:00.000Z' }), // 10
    doneItem('ACME-2', '2026-03-21T00:00:00.000Z', { created: '2026-03-01T00:00:00.000Z' }), // 20
    doneItem('ACME-3', '2026-03-16T00:00:00.000Z', {
      created: '2026-03-01T00:00:00.000Z',
      started: '2026-03-15T00:00:00.000Z',
    }), // 15: counts from creation, not start
    doneItem('ACME-4', '2026-02-11T00:00:00.000Z', { created: '2026-02-01T00:00:00.000Z' }), // before window
  ];

  it('reports the median from created to done', () => {
    expect(
      compute(
        { items: prepared(items), dayKind: 'calendar', statistic: 'median' },
        windowAt(NOW, 30),
      ),
    ).toEqual({
      value: 15,
      sampleSize: 3,
      detail:
        'Median 15 days, 85th percentile 18.5 days, from created to done, over 3 items done in the last 30 days',
    });
  });

  it('reports the 85th percentile when asked', () => {
    // h = 2 × 0.85 = 1.7 → 15 + 0.7 × 5
    expect(
      compute({ items: prepared(items), dayKind: 'calendar', statistic: 'p85' }, windowAt(NOW, 30))
        .value,
    ).toBeCloseTo(18.5, 9);
  });

  it('counts business days', () => {
    // Sun 1 March → Wed 11 March: Mon 2 … Fri 6 and Mon 9, Tue 10 = 7 business days.
    expect(
      compute(
        { items: prepared([items[0]!]), dayKind: 'business', statistic: 'median' },
        windowAt(NOW, 30),
      ).value,
    ).toBeCloseTo(7, 9);
  });

  it('has no value for no items', () => {
    expect(
      compute({ items: prepared([]), dayKind: 'calendar', statistic: 'median' }, windowAt(NOW, 30))
        .value,
    ).toBeNull();
  });
});
