/** The KPI engine: metric calculators, thresholds → status, health score, history. */
export * as agingWip from './aging-wip';
export * as cycleTime from './cycle-time';
export * as feedbackRating from './feedback-rating';
export * as leadTime from './lead-time';
export * as manual from './manual';
export * as milestoneHitRate from './milestone-hit-rate';
export * as onTimeDelivery from './on-time-delivery';
export * as overdueItems from './overdue-items';
export * as praiseShare from './praise-share';
export * as reopenRate from './reopen-rate';
export * as throughput from './throughput';

export { METRICS, type MetricInfo } from './catalogue';
export {
  AGING_VALUES,
  DURATION_STATISTICS,
  KPI_OPTION_DEFAULTS,
  type AgingValue,
  type DurationStatistic,
  type EvaluableKpi,
  type KpiOptions,
} from './definition';
export { createDayCounter, type DayCounter } from './durations';
export { evaluateKpis, type EvaluateKpisInput, type KpiResult } from './evaluate';
export type { FeedbackLike } from './feedback-rating';
export { filterItems, itemFilterOf, type ItemFilter, type ScopeLike } from './filter';
export { formatNumber, formatValue } from './format';
export { FORMULA as HEALTH_FORMULA, healthScore, type HealthScore } from './health';
export {
  computedMeasurementId,
  dailySeries,
  measurementFromResult,
  planMeasurementWrites,
  trendOf,
  type MeasurementLike,
  type Trend,
  type TrendPoint,
} from './history';
export { manualEntryInput, type ManualEntryLike } from './manual';
export type { MetricValue } from './metric';
export type { MilestoneLike } from './milestone-hit-rate';
export { median, percentile, percentileOfSorted } from './percentile';
export { ItemTable, prepareItems, type ItemSet } from './item-table';
export {
  bandOf,
  judgeStatus,
  statusRank,
  type Band,
  type StatusJudgement,
  type Thresholds,
} from './status';
export { zonedCalendar, type ZonedCalendar } from './time-zone';
export { rollingWindow, windowPhrase, type KpiWindow } from './window';
