import { describe, expect, it } from 'vitest';
import { compute } from '../../../lib/kpi/throughput';
import { doneItem, flow, prepared, windowAt } from './fixtures';

const NOW = '2026-03-31T12:00:00.000Z';

describe('throughput', () => {
  it('is items done in the window per week of the window', () => {
    // 28-day window: 4 March 00:00 → now.
    const items = [
      ...['03-04', '03-08', '03-12', '03-20', '03-25', '03-31'].map((day, index) =>
        doneItem(`ACME-${index + 1}`, `2026-${day}T10:00:00.000Z`),
      ),
      doneItem('ACME-7', '2026-03-03T23:00:00.000Z'), // just before the window
      doneItem('ACME-8', '2026-01-15T10:00:00.000Z'),
      flow('ACME-9', [['2026-03-01T00:00:00.000Z', 'todo']]),
      flow('ACME-10', [
        ['2026-03-01T00:00:00.000Z', 'todo'],
        ['2026-03-02T00:00:00.000Z', 'doing'],
      ]),
      flow('ACME-11', [['2026-01-01T00:00:00.000Z', 'todo']]),
      flow('ACME-12', [['2026-04-02T00:00:00.000Z', 'todo']]), // created after now
    ];
    expect(compute({ items: prepared(items) }, windowAt(NOW, 28))).toEqual({
      value: 1.5,
      sampleSize: 9,
      detail: '6 items done in the last 28 days: 1.5 a week',
    });
  });

  it('is a true zero when work is open but nothing was delivered', () => {
    const items = [flow('ACME-1', [['2026-03-01T00:00:00.000Z', 'todo']])];
    expect(compute({ items: prepared(items) }, windowAt(NOW, 28))).toMatchObject({
      value: 0,
      sampleSize: 1,
    });
  });

  it('has no value without any work', () => {
    expect(compute({ items: prepared([]) }, windowAt(NOW, 28))).toEqual({
      value: null,
      sampleSize: 0,
      detail: 'No items were active in the last 28 days',
    });
  });
});
