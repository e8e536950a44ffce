import { count, formatNumber, ITEM, type Noun } from './format';
import type { MetricValue } from './metric';
import { activeDuring, type ItemSet } from './item-table';
import { windowPhrase, type KpiWindow } from './window';

/**
 * Throughput, in items per week.
 *
 *   throughput = items done in the window ÷ (window days ÷ 7)
 *
 * An item counts once, at its completion instant (a reopened item that is done again counts
 * when it is done again; one still reopened does not count). The window is taken at its full
 * length, today included, so a 28-day window divides by 4 weeks.
 *
 * The sample is the items active in the window (created by now, not finished before the
 * window), so a partner with no work in the tracker shows "no data", while a partner with open
 * work and nothing delivered shows a true 0.
 */
export const FORMULA = 'Items done in the window ÷ window length in weeks';

export const SAMPLE: Noun = { one: 'item active', other: 'items active' };

export interface ThroughputInput {
  items: ItemSet;
}

export function compute(input: ThroughputInput, window: KpiWindow): MetricValue {
  const { start, end } = window;
  let done = 0;
  let active = 0;
  const { table, rows } = input.items;
  const doneColumn = table.done;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    if (!activeDuring(table, row, start, end)) continue;
    active += 1;
    const at = doneColumn[row]!;
    if (at >= start && at <= end) done += 1;
  }
  const within = windowPhrase(window);
  if (active === 0) {
    return { value: null, sampleSize: 0, detail: `No items were active ${within}` };
  }
  const perWeek = done / (window.days / 7);
  return {
    value: perWeek,
    sampleSize: active,
    detail: `${count(done, ITEM)} done ${within}: ${formatNumber(perWeek)} a week`,
  };
}
