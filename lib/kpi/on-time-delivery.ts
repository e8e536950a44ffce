import { count, formatNumber, type Noun } from './format';
import type { MetricValue } from './metric';
import type { ItemSet } from './item-table';
import { windowPhrase, type KpiWindow } from './window';

/**
 * On-time delivery rate, in percent.
 *
 *   on-time delivery = items done on or before their due date
 *                    ÷ items done in the window that have a due date × 100
 *
 * "Done in the window" is the item's completion instant (WorkItem.done) in the window; items
 * done before it, and items reopened and not yet done again, are not counted. A date-only due
 * date lasts until the end of that day in the user's time zone (done at 23:59 on the due day
 * is on time); a due date with a time is compared instant to instant. Items without a due date
 * cannot be late or on time, so they are left out and mentioned in the detail.
 */
export const FORMULA = 'Items done on or before their due date ÷ items done with a due date × 100';

export const SAMPLE: Noun = {
  one: 'item with a due date done',
  other: 'items with a due date done',
};

export interface OnTimeDeliveryInput {
  items: ItemSet;
}

export function compute(input: OnTimeDeliveryInput, window: KpiWindow): MetricValue {
  const { start, end } = window;
  let withDue = 0;
  let onTime = 0;
  let withoutDue = 0;
  const { table, rows } = input.items;
  const doneColumn = table.done;
  const dueColumn = table.dueLimit;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    const done = doneColumn[row]!;
    if (!(done >= start && done <= end)) continue;
    const limit = dueColumn[row]!;
    if (Number.isNaN(limit)) {
      withoutDue += 1;
    } else {
      withDue += 1;
      if (done <= limit) onTime += 1;
    }
  }
  const within = windowPhrase(window);
  const noDue =
    withoutDue > 0
      ? `; ${count(withoutDue, { one: 'done item had', other: 'done items had' })} no due date`
      : '';
  if (withDue === 0) {
    return {
      value: null,
      sampleSize: 0,
      detail: `No items with a due date were done ${within}${noDue}`,
    };
  }
  return {
    value: (onTime / withDue) * 100,
    sampleSize: withDue,
    detail: `${formatNumber(onTime)} of ${count(withDue, SAMPLE)} ${within} ${onTime === 1 ? 'was' : 'were'} on time${noDue}`,
  };
}
