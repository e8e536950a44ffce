import { describe, expect, it } from 'vitest';
import { compute } from '../../../lib/kpi/overdue-items';
import { doneItem, flow, prepared, windowAt } from './fixtures';

const open = (key: string, due?: string) =>
  flow(
    key,
    [
      ['2026-03-01T00:00:00.000Z', 'todo'],
      ['2026-03-02T00:00:00.000Z', 'doing'],
    ],
    due ? { due } : {},
  );

const items = [
  flow('ACME-1', [['2026-03-01T00:00:00.000Z', 'todo']], { due: '2026-03-30' }),
  open('ACME-2', '2026-03-31'), // due today: not overdue before the day ends
  open('ACME-3', '2026-03-31T10:00:00.000Z'), // due instant passed
  doneItem('ACME-4', '2026-03-15T00:00:00.000Z', { due: '2026-03-01' }), // done, even if late
  open('ACME-5'), // no due date
  flow('ACME-6', [['2026-03-01T00:00:00.000Z', 'todo']], { due: '2026-03-20' }),
];

describe('overdue items', () => {
  it('counts open items past their due date, now', () => {
    const now = '2026-03-31T12:00:00.000Z';
    expect(compute({ items: prepared(items) }, windowAt(now, 30))).toEqual({
      value: 3,
      sampleSize: 6,
      detail: '3 of 5 open items are past the due date; most overdue: ACME-6, due 2026-03-20',
    });
  });

  it('ends a due date at midnight in the user’s time zone', () => {
    // 22:30 UTC on 31 March is already 1 April in Berlin: ACME-2 is overdue there, not in UTC.
    const now = '2026-03-31T22:30:00.000Z';
    expect(compute({ items: prepared(items) }, windowAt(now, 30)).value).toBe(3);
    expect(
      compute({ items: prepared(items, 'Europe/Berlin') }, windowAt(now, 30, 'Europe/Berlin'))
        .value,
    ).toBe(4);
  });

  it('has no value without any work', () => {
    expect(
      compute({ items: prepared([]) }, windowAt('2026-03-31T12:00:00.000Z', 30)).value,
    ).toBeNull();
  });
});
