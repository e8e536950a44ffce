import type { KpiDefinition } from '../model/kpi-definition';

export const DURATION_STATISTICS = ['median', 'p85'] as const;
/** Which summary of the durations a cycle- or lead-time KPI reports. */
export type DurationStatistic = (typeof DURATION_STATISTICS)[number];

export const AGING_VALUES = ['oldest-age', 'count-over'] as const;
/** What an aging-WIP KPI reports as its value: the oldest age, or how many items are aging. */
export type AgingValue = (typeof AGING_VALUES)[number];

/** Used when a definition does not say. */
export const KPI_OPTION_DEFAULTS = {
  statistic: 'median',
  agingDays: 14,
  agingValue: 'oldest-age',
} as const satisfies {
  statistic: DurationStatistic;
  agingDays: number;
  agingValue: AgingValue;
};

/**
 * Per-metric options the engine understands but `KpiDefinition` does not hold yet. All are
 * optional: a stored definition without them evaluates with `KPI_OPTION_DEFAULTS`, and the
 * engine picks them up as soon as the model adds the fields.
 */
export interface KpiOptions {
  /** Only items of these types count (Jira issue type, Asana resource subtype); empty = all. */
  itemTypeFilter?: readonly string[];
  /** cycle-time and lead-time: median (default) or 85th percentile. */
  statistic?: DurationStatistic;
  /** aging-wip: an item in progress for more than this many days is aging (default 14). */
  agingDays?: number;
  /** aging-wip: the value reported — oldest age in days (default) or count of aging items. */
  agingValue?: AgingValue;
}

/** What the engine reads from a KPI definition: the stored record fits, as do test literals. */
export type EvaluableKpi = Pick<
  KpiDefinition,
  | 'id'
  | 'partnerId'
  | 'name'
  | 'metric'
  | 'unit'
  | 'direction'
  | 'target'
  | 'amberThreshold'
  | 'redThreshold'
  | 'windowDays'
  | 'weight'
  | 'scopeIds'
  | 'labelFilter'
  | 'dayKind'
  | 'minSample'
> &
  KpiOptions & { readonly deleted?: boolean };

export function statisticOf(definition: KpiOptions): DurationStatistic {
  return definition.statistic === 'p85' ? 'p85' : 'median';
}

export function agingDaysOf(definition: KpiOptions): number {
  const days = definition.agingDays;
  return typeof days === 'number' && Number.isFinite(days) && days >= 0
    ? days
    : KPI_OPTION_DEFAULTS.agingDays;
}

export function agingValueOf(definition: KpiOptions): AgingValue {
  return definition.agingValue === 'count-over' ? 'count-over' : 'oldest-age';
}
