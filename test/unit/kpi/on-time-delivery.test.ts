import { describe, expect, it } from 'vitest';
import { compute, FORMULA } from '../../../lib/kpi/on-time-delivery';
import { doneItem, flow, prepared, windowAt } from './fixtures';

const NOW = '2026-03-31T12:00:00.000Z';

// Window (UTC, 30 days): 2 March 00:00 → 31 March 12:00.
const items = [
  doneItem('ACME-1', '2026-03-10T23:59:00.000Z', { due: '2026-03-10' }), // due day itself: on time
  doneItem('ACME-2', '2026-03-11T00:30:00.000Z', { due: '2026-03-10' }), // a day late
  doneItem('ACME-3', '2026-03-05T09:00:00.000Z', { due: '2026-03-05T09:00:00.000Z' }), // exactly at due
  doneItem('ACME-4', '2026-03-05T09:00:01.000Z', { due: '2026-03-05T09:00:00.000Z' }), // 1 s late
  doneItem('ACME-5', '2026-03-20T10:00:00.000Z'), // no due date
  doneItem('ACME-6', '2026-02-20T10:00:00.000Z', { due: '2026-02-25' }), // done before the window
  flow(
    'ACME-7',
    [
      ['2026-02-01T00:00:00.000Z', 'todo'],
      ['2026-02-02T00:00:00.000Z', 'doing'],
    ],
    {
      due: '2026-03-01',
    },
  ), // open
  doneItem('ACME-8', '2026-03-01T23:59:00.000Z', { due: '2026-03-05' }), // UTC: the day before the window
];

describe('on-time delivery', () => {
  it('is the share of items done by their due date among those done in the window with one', () => {
    const result = compute({ items: prepared(items) }, windowAt(NOW, 30));
    expect(result).toEqual({
      value: 50,
      sampleSize: 4,
      detail:
        '2 of 4 items with a due date done in the last 30 days were on time; 1 done item had no due date',
    });
  });

  it('uses the day boundaries of the time zone', () => {
    // In Berlin the window starts 1 March 23:00 UTC, so ACME-8 (23:59 UTC) is in it, on time;
    // and ACME-1, done 00:59 on 11 March Berlin time, is late for its 10 March due date.
    const result = compute(
      { items: prepared(items, 'Europe/Berlin') },
      windowAt(NOW, 30, 'Europe/Berlin'),
    );
    expect(result.sampleSize).toBe(5);
    expect(result.value).toBeCloseTo((2 / 5) * 100, 9); // ACME-3, ACME-8
  });

  it('judges a reopened item by its last completion', () => {
    const reopened = flow(
      'ACME-9',
      [
        ['2026-03-01T00:00:00.000Z', 'todo'],
        ['2026-03-08T10:00:00.000Z', 'done'],
        ['2026-03-09T10:00:00.000Z', 'doing'],
        ['2026-03-12T10:00:00.000Z', 'done'],
      ],
      { due: '2026-03-10' },
    );
    expect(compute({ items: prepared([reopened]) }, windowAt(NOW, 30))).toMatchObject({
      value: 0,
      sampleSize: 1,
    });
  });

  it('has no value when no item has a due date', () => {
    const noDue = [
      doneItem('ACME-1', '2026-03-10T10:00:00.000Z'),
      doneItem('ACME-2', '2026-03-11T10:00:00.000Z'),
    ];
    expect(compute({ items: prepared(noDue) }, windowAt(NOW, 30))).toEqual({
      value: null,
      sampleSize: 0,
      detail:
        'No items with a due date were done in the last 30 days; 2 done items had no due date',
    });
  });

  it('has no value for no items', () => {
    expect(compute({ items: prepared([]) }, windowAt(NOW, 30))).toEqual({
      value: null,
      sampleSize: 0,
      detail: 'No items with a due date were done in the last 30 days',
    });
  });

  it('documents its formula', () => {
    expect(FORMULA).toMatch(/on or before their due date/);
  });
});
