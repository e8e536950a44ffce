import type { DayKind } from '../model/kpi-definition';
import type { DurationStatistic } from './definition';
import { sortedDurations, summarizeDurations, type DurationSample } from './duration-sample';
import { count, type Noun } from './format';
import type { MetricValue } from './metric';
import type { ItemSet } from './item-table';
import type { KpiWindow } from './window';

/**
 * Cycle time: days from the first move to "in progress" (status category doing) to done, for
 * items done in the window; the KPI reports the **median** or the **85th percentile** (the
 * definition's `statistic`, median by default), and the detail gives both.
 *
 *   cycle time = percentile over items done in the window of (done − first doing)
 *
 * Days are calendar or business days (see durations.ts), with fractions. A reopened item
 * counts from its first start to its last completion, so rework lengthens it. Items that went
 * straight from to-do to done have no start and are left out (and mentioned). Percentiles
 * interpolate linearly (percentile.ts).
 */
export const FORMULA =
  'Median (or 85th percentile) of days from first “in progress” to done, over items done in the window';

export const SAMPLE: Noun = { one: 'item done', other: 'items done' };

export interface CycleTimeInput {
  items: ItemSet;
  dayKind: DayKind;
  statistic: DurationStatistic;
}

/** The cycle times of the items done in the window, sorted (shared by median and p85 KPIs). */
export function collect(items: ItemSet, window: KpiWindow, dayKind: DayKind): DurationSample {
  const { start, end } = window;
  const { table, rows } = items;
  const doneColumn = table.done;
  const startedColumn = table.started;
  const durations: number[] = [];
  let unmeasurable = 0;
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    const done = doneColumn[row]!;
    if (!(done >= start && done <= end)) continue;
    if (Number.isNaN(startedColumn[row]!)) {
      unmeasurable += 1;
      continue;
    }
    durations.push(table.daysBetween(row, 'started', 'done', dayKind));
  }
  return sortedDurations(durations, unmeasurable, dayKind);
}

export function summarize(
  sample: DurationSample,
  statistic: DurationStatistic,
  window: KpiWindow,
): MetricValue {
  return summarizeDurations(
    sample,
    statistic,
    window,
    'from first in progress to done',
    (n) =>
      `${count(n, { one: 'item', other: 'items' })} skipped in progress and ${n === 1 ? 'is' : 'are'} not counted`,
  );
}

export function compute(input: CycleTimeInput, window: KpiWindow): MetricValue {
  return summarize(collect(input.items, window, input.dayKind), input.statistic, window);
}
