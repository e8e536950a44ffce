import type { DayKind } from '../model/kpi-definition';
import type { DurationStatistic } from './definition';
import { sortedDurations, summarizeDurations, type DurationSample } from './duration-sample';
import type { Noun } from './format';
import type { MetricValue } from './metric';
import type { ItemSet } from './item-table';
import type { KpiWindow } from './window';

/**
 * Lead time: days from creation to done, for items done in the window; median by default, or
 * the 85th percentile when the definition's `statistic` says so (the detail gives both).
 *
 *   lead time = percentile over items done in the window of (done − created)
 *
 * Calendar or business days with fractions (durations.ts); a reopened item counts to its last
 * completion.
 */
export const FORMULA =
  'Median (or 85th percentile) of days from created to done, over items done in the window';

export const SAMPLE: Noun = { one: 'item done', other: 'items done' };

export interface LeadTimeInput {
  items: ItemSet;
  dayKind: DayKind;
  statistic: DurationStatistic;
}

export function collect(items: ItemSet, window: KpiWindow, dayKind: DayKind): DurationSample {
  const { start, end } = window;
  const { table, rows } = items;
  const doneColumn = table.done;
  const durations: number[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    const done = doneColumn[row]!;
    if (!(done >= start && done <= end)) continue;
    // Done before it was created (clock skew between tools) counts as 0, not as negative.
    durations.push(table.daysBetween(row, 'created', 'done', dayKind));
  }
  return sortedDurations(durations, 0, dayKind);
}

export function summarize(
  sample: DurationSample,
  statistic: DurationStatistic,
  window: KpiWindow,
): MetricValue {
  return summarizeDurations(sample, statistic, window, 'from created to done', () => '');
}

export function compute(input: LeadTimeInput, window: KpiWindow): MetricValue {
  return summarize(collect(input.items, window, input.dayKind), input.statistic, window);
}
