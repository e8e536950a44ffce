import type { KpiDefinition } from '../model/kpi-definition';
import type { KpiStatus } from '../model/kpi-measurement';
import { count, formatValue, type Noun } from './format';
import type { MetricValue } from './metric';
import { windowPhrase, type KpiWindow } from './window';

export type Thresholds = Pick<
  KpiDefinition,
  'direction' | 'target' | 'amberThreshold' | 'redThreshold'
>;

export type Band = Exclude<KpiStatus, 'none'>;

/**
 * The colour of a value. Each threshold marks where its colour begins, and a value exactly on
 * a threshold keeps the better colour:
 *
 *   higher is better:  red   when value < red threshold
 *                      amber when value < amber threshold
 *                      green otherwise
 *   lower is better:   red   when value > red threshold
 *                      amber when value > amber threshold
 *                      green otherwise
 *
 * The model requires target ≥ amber ≥ red (higher is better) or target ≤ amber ≤ red (lower),
 * so meeting the target is always green, and a value between the target and the amber
 * threshold is green "within tolerance" (the reason says it is short of target). Setting the
 * amber threshold equal to the target makes anything short of target amber. Monotonic: a
 * better value never gets a worse colour.
 */
export function bandOf(value: number, thresholds: Thresholds): Band {
  if (thresholds.direction === 'higher-is-better') {
    if (value < thresholds.redThreshold) return 'red';
    if (value < thresholds.amberThreshold) return 'amber';
    return 'green';
  }
  if (value > thresholds.redThreshold) return 'red';
  if (value > thresholds.amberThreshold) return 'amber';
  return 'green';
}

export interface StatusJudgement {
  status: KpiStatus;
  /** Why, in words: "3 items with a due date done in the last 30 days; 5 needed". */
  reason: string;
}

export interface StatusContext {
  /** What the sample counts, e.g. "items with a due date done". */
  sample: Noun;
  window: Pick<KpiWindow, 'days'>;
}

/** The definition fields status depends on. */
export type StatusDefinition = Thresholds & Pick<KpiDefinition, 'unit' | 'minSample'>;

/**
 * Status of a measured value: "none" when there is no value or fewer data points than the
 * definition's minimum sample (a colour from 2 items would mislead), else the band of the value.
 */
export function judgeStatus(
  measured: MetricValue,
  definition: StatusDefinition,
  context: StatusContext,
): StatusJudgement {
  if (measured.sampleSize < definition.minSample) {
    return {
      status: 'none',
      reason: `${count(measured.sampleSize, context.sample)} ${windowPhrase(context.window)}; ${definition.minSample} needed`,
    };
  }
  if (measured.value === null || !Number.isFinite(measured.value)) {
    return { status: 'none', reason: measured.detail };
  }
  const status = bandOf(measured.value, definition);
  return { status, reason: bandReason(measured.value, status, definition) };
}

/** "88% is short of the 90% target, within the amber threshold of 85%". */
export function bandReason(value: number, status: Band, definition: StatusDefinition): string {
  const higher = definition.direction === 'higher-is-better';
  const show = (n: number) => formatValue(n, definition.unit);
  const shown = show(value);
  const target = `target of ${show(definition.target)}`;
  const worse = higher ? 'below' : 'above';
  if (status === 'red') {
    return `${shown} is ${worse} the red threshold of ${show(definition.redThreshold)} (${target})`;
  }
  if (status === 'amber') {
    return `${shown} is ${worse} the amber threshold of ${show(definition.amberThreshold)} (${target})`;
  }
  const meets = higher ? value >= definition.target : value <= definition.target;
  if (meets) return `${shown} meets the ${target}`;
  return `${shown} is short of the ${target}, within the amber threshold of ${show(definition.amberThreshold)}`;
}

/** Rank of a status for comparisons: red < amber < green; none has no rank. */
export function statusRank(status: KpiStatus): number | null {
  return status === 'green' ? 2 : status === 'amber' ? 1 : status === 'red' ? 0 : null;
}
