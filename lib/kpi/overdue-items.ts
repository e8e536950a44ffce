import { count, formatNumber, type Noun } from './format';
import type { MetricValue } from './metric';
import { activeDuring, CODE_DONE, type ItemSet } from './item-table';
import { windowPhrase, type KpiWindow } from './window';

/**
 * Overdue open items, a count at the moment of measuring.
 *
 *   overdue = open items (to do or in progress) whose due date has passed
 *
 * A date-only due date passes at the end of that day in the user's time zone; a due date
 * with a time passes at that instant. The window does not change the count (it is "now"), but
 * the sample is the items active in the window (see throughput.ts) so that no tracked work
 * reads as "no data" rather than a perfect zero. The detail names the most overdue item.
 */
export const FORMULA = 'Open items whose due date has passed, now';

const OPEN_ITEM: Noun = { one: 'open item', other: 'open items' };

export const SAMPLE: Noun = { one: 'item active', other: 'items active' };

export interface OverdueItemsInput {
  items: ItemSet;
}

export function compute(input: OverdueItemsInput, window: KpiWindow): MetricValue {
  const { start, end } = window;
  let active = 0;
  let open = 0;
  let overdue = 0;
  let worst = -1;
  const { table, rows } = input.items;
  const categories = table.category;
  const dueColumn = table.dueLimit;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    if (!activeDuring(table, row, start, end)) continue;
    active += 1;
    if (categories[row] === CODE_DONE) continue;
    open += 1;
    const due = dueColumn[row]!;
    if (due < end) {
      overdue += 1;
      if (worst < 0 || due < dueColumn[worst]!) worst = row;
    }
  }
  if (active === 0) {
    return { value: null, sampleSize: 0, detail: `No items were active ${windowPhrase(window)}` };
  }
  const worstItem = worst < 0 ? undefined : table.items[worst]!;
  const most =
    worstItem === undefined
      ? ''
      : `; most overdue: ${worstItem.key}, due ${worstItem.due!.slice(0, 10)}`;
  return {
    value: overdue,
    sampleSize: active,
    detail: `${formatNumber(overdue)} of ${count(open, OPEN_ITEM)} ${overdue === 1 ? 'is' : 'are'} past the due date${most}`,
  };
}
