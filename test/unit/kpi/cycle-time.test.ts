import { describe, expect, it } from 'vitest';
import { compute } from '../../../lib/kpi/cycle-time';
import { doneItem, prepared, windowAt } from './fixtures';

const NOW = '2026-03-31T12:00:00.000Z';

const items = [
  doneItem('ACME-1', '2026-03-03T00:00:00.000Z', { started: '2026-03-02T00:00:00.000Z' }), // 1
  doneItem('ACME-2', '2026-03-04T12:00:00.000Z', { started: '2026-03-02T00:00:00.000Z' }), // 2.5
  doneItem('ACME-3', '2026-03-14T00:00:00.000Z', { started: '2026-03-10T00:00:00.000Z' }), // 4
  doneItem('ACME-4', '2026-03-10T00:00:00.000Z', { started: '2026-02-20T00:00:00.000Z' }), // 18
  doneItem('ACME-5', '2026-03-15T00:00:00.000Z'), // never in progress
  doneItem('ACME-6', '2026-02-25T00:00:00.000Z', { started: '2026-02-01T00:00:00.000Z' }), // before window
];

describe('cycle time', () => {
  it('reports the median from first in progress to done', () => {
    expect(
      compute(
        { items: prepared(items), dayKind: 'calendar', statistic: 'median' },
        windowAt(NOW, 30),
      ),
    ).toEqual({
      value: 3.25,
      sampleSize: 4,
      detail:
        'Median 3.3 days, 85th percentile 11.7 days, from first in progress to done, over 4 items done in the last 30 days; ' +
        '1 item skipped in progress and is not counted',
    });
  });

  it('reports the 85th percentile when asked', () => {
    const result = compute(
      { items: prepared(items), dayKind: 'calendar', statistic: 'p85' },
      windowAt(NOW, 30),
    );
    expect(result.value).toBeCloseTo(11.7, 9);
  });

  it('counts business days when the KPI says so', () => {
    // 2026-03-06 is a Friday: Fri 12:00 → Mon 12:00 is 1 business day (3 calendar days);
    // Sat → Sun is none.
    const weekend = [
      doneItem('ACME-1', '2026-03-09T12:00:00.000Z', { started: '2026-03-06T12:00:00.000Z' }),
      doneItem('ACME-2', '2026-03-08T10:00:00.000Z', { started: '2026-03-07T10:00:00.000Z' }),
    ];
    const business = compute(
      { items: prepared(weekend), dayKind: 'business', statistic: 'median' },
      windowAt(NOW, 30),
    );
    expect(business.value).toBeCloseTo(0.5, 9);
    expect(business.detail).toMatch(/^Median 0.5 business days, 85th percentile 0.9 business days/);
    const calendar = compute(
      { items: prepared(weekend), dayKind: 'calendar', statistic: 'median' },
      windowAt(NOW, 30),
    );
    expect(calendar.value).toBeCloseTo(2, 9);
  });

  it('counts whole local days across a DST change', () => {
    // Started Sat 28 March 09:00 Berlin, done Mon 30 March 09:00 Berlin: 47 hours, 2 days.
    const item = doneItem('ACME-1', '2026-03-30T07:00:00.000Z', {
      started: '2026-03-28T08:00:00.000Z',
    });
    const result = compute(
      { items: prepared([item], 'Europe/Berlin'), dayKind: 'calendar', statistic: 'median' },
      windowAt(NOW, 30, 'Europe/Berlin'),
    );
    expect(result.value).toBeCloseTo(2, 9);
  });

  it('runs a reopened item from its first start to its last completion', () => {
    const reopened = doneItem('ACME-1', '2026-03-12T00:00:00.000Z', {
      started: '2026-03-02T00:00:00.000Z',
      transitions: [
        { at: '2026-03-01T00:00:00.000Z', from: null, to: 'todo' },
        { at: '2026-03-02T00:00:00.000Z', from: 'todo', to: 'doing' },
        { at: '2026-03-05T00:00:00.000Z', from: 'doing', to: 'done' },
        { at: '2026-03-06T00:00:00.000Z', from: 'done', to: 'doing' },
        { at: '2026-03-12T00:00:00.000Z', from: 'doing', to: 'done' },
      ],
    });
    expect(
      compute(
        { items: prepared([reopened]), dayKind: 'calendar', statistic: 'median' },
        windowAt(NOW, 30),
      ).value,
    ).toBe(10);
  });

  it('has no value when nothing was done in the window', () => {
    expect(
      compute({ items: prepared([]), dayKind: 'calendar', statistic: 'median' }, windowAt(NOW, 30)),
    ).toEqual({
      value: null,
      sampleSize: 0,
      detail: 'No items done in the last 30 days',
    });
  });
});
