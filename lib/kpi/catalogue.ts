import type { KpiMetric } from '../model/kpi-definition';
import * as agingWip from './aging-wip';
import * as cycleTime from './cycle-time';
import * as feedbackRating from './feedback-rating';
import type { Noun } from './format';
import * as leadTime from './lead-time';
import * as manual from './manual';
import * as milestoneHitRate from './milestone-hit-rate';
import * as onTimeDelivery from './on-time-delivery';
import * as overdueItems from './overdue-items';
import * as praiseShare from './praise-share';
import * as reopenRate from './reopen-rate';
import * as throughput from './throughput';

export interface MetricInfo {
  /** One line the KPI setup shows beside the metric. */
  formula: string;
  /** What the sample size counts, for "3 … in the last 30 days; 5 needed". */
  sample: Noun;
  /** Whether the metric reads tracker items (so scope, label and type filters apply directly). */
  usesItems: boolean;
  /** Whether the definition's day kind changes the value. */
  usesDayKind: boolean;
}

/** Every metric of the catalogue, keyed as KpiDefinition.metric names them. */
export const METRICS: Record<KpiMetric, MetricInfo> = {
  'on-time-delivery': {
    formula: onTimeDelivery.FORMULA,
    sample: onTimeDelivery.SAMPLE,
    usesItems: true,
    usesDayKind: false,
  },
  'cycle-time': {
    formula: cycleTime.FORMULA,
    sample: cycleTime.SAMPLE,
    usesItems: true,
    usesDayKind: true,
  },
  'lead-time': {
    formula: leadTime.FORMULA,
    sample: leadTime.SAMPLE,
    usesItems: true,
    usesDayKind: true,
  },
  throughput: {
    formula: throughput.FORMULA,
    sample: throughput.SAMPLE,
    usesItems: true,
    usesDayKind: false,
  },
  'reopen-rate': {
    formula: reopenRate.FORMULA,
    sample: reopenRate.SAMPLE,
    usesItems: true,
    usesDayKind: false,
  },
  'overdue-items': {
    formula: overdueItems.FORMULA,
    sample: overdueItems.SAMPLE,
    usesItems: true,
    usesDayKind: false,
  },
  'aging-wip': {
    formula: agingWip.FORMULA,
    sample: agingWip.SAMPLE,
    usesItems: true,
    usesDayKind: true,
  },
  'feedback-rating': {
    formula: feedbackRating.FORMULA,
    sample: feedbackRating.SAMPLE,
    usesItems: false,
    usesDayKind: false,
  },
  'praise-share': {
    formula: praiseShare.FORMULA,
    sample: praiseShare.SAMPLE,
    usesItems: false,
    usesDayKind: false,
  },
  'milestone-hit-rate': {
    formula: milestoneHitRate.FORMULA,
    sample: milestoneHitRate.SAMPLE,
    usesItems: false,
    usesDayKind: false,
  },
  manual: {
    formula: manual.FORMULA,
    sample: manual.SAMPLE,
    usesItems: false,
    usesDayKind: false,
  },
};
