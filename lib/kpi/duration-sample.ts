import type { DayKind } from '../model/kpi-definition';
import type { DurationStatistic } from './definition';
import { count, dayNoun, formatNumber, ITEM, type Noun } from './format';
import type { MetricValue } from './metric';
import { percentileOfSorted } from './percentile';
import { windowPhrase, type KpiWindow } from './window';

/** Durations (in days) of the items a cycle- or lead-time KPI looks at, sorted ascending. */
export interface DurationSample {
  readonly sorted: Float64Array;
  /** Items done in the window that had no start to measure from (cycle time only). */
  readonly unmeasurable: number;
  readonly dayKind: DayKind;
}

/** The percentile a statistic stands for. */
export function statisticFraction(statistic: DurationStatistic): number {
  return statistic === 'p85' ? 0.85 : 0.5;
}

export function sortedDurations(durations: number[], unmeasurable: number, dayKind: DayKind) {
  return { sorted: Float64Array.from(durations).sort(), unmeasurable, dayKind };
}

/**
 * "Median 3.5 days, 85th percentile 6 days, from first in progress to done, over 20 items done
 * in the last 30 days" — both figures are given whichever one the KPI reports.
 */
export function summarizeDurations(
  sample: DurationSample,
  statistic: DurationStatistic,
  window: Pick<KpiWindow, 'days'>,
  span: string,
  unmeasurableNote: (n: number) => string,
): MetricValue {
  const n = sample.sorted.length;
  const within = windowPhrase(window);
  const note = sample.unmeasurable > 0 ? `; ${unmeasurableNote(sample.unmeasurable)}` : '';
  if (n === 0) {
    return { value: null, sampleSize: 0, detail: `No items done ${within}${note}` };
  }
  const median = percentileOfSorted(sample.sorted, 0.5)!;
  const p85 = percentileOfSorted(sample.sorted, 0.85)!;
  const days: Noun = dayNoun(sample.dayKind);
  const figure = (value: number) => `${formatNumber(value)} ${value === 1 ? days.one : days.other}`;
  return {
    value: statistic === 'p85' ? p85 : median,
    sampleSize: n,
    detail:
      `Median ${figure(median)}, 85th percentile ${figure(p85)}, ${span}, ` +
      `over ${count(n, ITEM)} done ${within}${note}`,
  };
}
