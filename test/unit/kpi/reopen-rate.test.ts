import { describe, expect, it } from 'vitest';
import { compute } from '../../../lib/kpi/reopen-rate';
import { doneItem, flow, prepared, windowAt } from './fixtures';

const NOW = '2026-03-31T12:00:00.000Z';
const T = (day: string) => `2026-${day}T10:00:00.000Z`;

describe('reopen rate', () => {
  it('is the share of items delivered or reopened in the window that were reopened', () => {
    const items = [
      // Delivered, reopened, delivered again, all in the window: 1 reopened item.
      flow('ACME-1', [
        [T('02-20'), 'todo'],
        [T('03-05'), 'done'],
        [T('03-06'), 'doing'],
        [T('03-08'), 'done'],
      ]),
      // Delivered in the window, never reopened.
      doneItem('ACME-2', T('03-10')),
      // Delivered before the window, reopened in it, still open.
      flow('ACME-3', [
        [T('01-20'), 'todo'],
        [T('02-10'), 'done'],
        [T('03-03'), 'doing'],
      ]),
      // Everything happened before the window.
      flow('ACME-4', [
        [T('01-20'), 'todo'],
        [T('02-01'), 'done'],
        [T('02-05'), 'doing'],
        [T('02-10'), 'done'],
      ]),
      // Reopened straight back to to-do.
      flow('ACME-5', [
        [T('03-01'), 'todo'],
        [T('03-12'), 'done'],
        [T('03-13'), 'todo'],
      ]),
      // Never delivered.
      flow('ACME-6', [
        [T('03-01'), 'todo'],
        [T('03-02'), 'doing'],
      ]),
    ];
    expect(compute({ items: prepared(items, 'UTC', NOW) }, windowAt(NOW, 30))).toEqual({
      value: 75,
      sampleSize: 4,
      detail: '3 of 4 items delivered in the last 30 days were reopened',
    });
  });

  it('ignores status changes recorded after now', () => {
    const items = [
      flow('ACME-1', [
        [T('03-01'), 'todo'],
        [T('03-05'), 'done'],
        ['2026-04-02T10:00:00.000Z', 'doing'],
      ]),
    ];
    expect(compute({ items: prepared(items, 'UTC', NOW) }, windowAt(NOW, 30))).toMatchObject({
      value: 0,
      sampleSize: 1,
    });
  });

  it('has no value when nothing was delivered', () => {
    expect(compute({ items: prepared([]) }, windowAt(NOW, 30))).toEqual({
      value: null,
      sampleSize: 0,
      detail: 'No items were delivered in the last 30 days',
    });
  });
});
