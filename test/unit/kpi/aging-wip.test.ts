import { describe, expect, it } from 'vitest';
import { compute } from '../../../lib/kpi/aging-wip';
import { flow, prepared, windowAt } from './fixtures';

const NOW = '2026-03-31T12:00:00.000Z';
const doing = (key: string, created: string, started: string) =>
  flow(key, [
    [created, 'todo'],
    [started, 'doing'],
  ]);

const items = [
  doing('ACME-1', '2026-02-20T00:00:00.000Z', '2026-03-01T12:00:00.000Z'), // 30 days
  doing('ACME-2', '2026-03-01T00:00:00.000Z', '2026-03-21T12:00:00.000Z'), // 10 days
  doing('ACME-3', '2026-03-01T00:00:00.000Z', '2026-03-16T00:00:00.000Z'), // 15.5 days
  // In progress without any recorded start: aged from creation (2 days).
  flow('ACME-4', [['2026-03-29T12:00:00.000Z', 'todo']], { statusCategory: 'doing' }),
  flow('ACME-5', [['2025-06-01T00:00:00.000Z', 'todo']]), // to do, however old
];

describe('aging work in progress', () => {
  it('reports the oldest age and how many items are older than N days', () => {
    const input = {
      items: prepared(items),
      dayKind: 'calendar' as const,
      agingDays: 14,
      value: 'oldest-age' as const,
    };
    expect(compute(input, windowAt(NOW, 30))).toEqual({
      value: 30,
      sampleSize: 5,
      detail: '2 of 4 items in progress for more than 14 days; oldest: ACME-1 at 30 days',
    });
    expect(compute({ ...input, value: 'count-over' }, windowAt(NOW, 30)).value).toBe(2);
  });

  it('counts business days', () => {
    // ACME-2: Sat 21 March 12:00 → Tue 31 March 12:00 = Mon 23 … Fri 27 + Mon 30 + half of Tue = 6.5.
    const result = compute(
      { items: prepared([items[1]!]), dayKind: 'business', agingDays: 5, value: 'oldest-age' },
      windowAt(NOW, 30),
    );
    expect(result.value).toBeCloseTo(6.5, 9);
    expect(result.detail).toBe(
      '1 of 1 item in progress for more than 5 business days; oldest: ACME-2 at 6.5 business days',
    );
  });

  it('is zero with nothing in progress, and has no value without any work', () => {
    const input = { dayKind: 'calendar' as const, agingDays: 14, value: 'oldest-age' as const };
    expect(compute({ ...input, items: prepared([items[4]!]) }, windowAt(NOW, 30))).toEqual({
      value: 0,
      sampleSize: 1,
      detail: 'No items in progress',
    });
    expect(compute({ ...input, items: prepared([]) }, windowAt(NOW, 30)).value).toBeNull();
  });
});
