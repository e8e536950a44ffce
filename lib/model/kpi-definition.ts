import { z } from 'zod';
import { partnerIdSchema, storedRecord, writeInput } from './record-meta';

export const KPI_METRICS = [
  'on-time-delivery',
  'cycle-time',
  'lead-time',
  'throughput',
  'reopen-rate',
  'overdue-items',
  'aging-wip',
  'feedback-rating',
  'praise-share',
  'milestone-hit-rate',
  'manual',
] as const;
export const kpiMetricSchema = z.enum(KPI_METRICS, { error: 'Choose what the KPI measures' });
export type KpiMetric = z.infer<typeof kpiMetricSchema>;

export const KPI_DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export const kpiDirectionSchema = z.enum(KPI_DIRECTIONS, {
  error: 'Choose whether higher or lower values are better',
});
export type KpiDirection = z.infer<typeof kpiDirectionSchema>;

export const DAY_KINDS = ['calendar', 'business'] as const;
export const dayKindSchema = z.enum(DAY_KINDS, {
  error: 'Choose whether to count calendar days or business days',
});
export type DayKind = z.infer<typeof dayKindSchema>;

/** What the KPI setup form prefills when a metric is chosen. */
export const KPI_METRIC_DEFAULTS: Record<
  KpiMetric,
  { label: string; unit: string; direction: KpiDirection }
> = {
  'on-time-delivery': { label: 'On-time delivery', unit: '%', direction: 'higher-is-better' },
  'cycle-time': { label: 'Cycle time', unit: 'days', direction: 'lower-is-better' },
  'lead-time': { label: 'Lead time', unit: 'days', direction: 'lower-is-better' },
  throughput: { label: 'Throughput', unit: 'items/week', direction: 'higher-is-better' },
  'reopen-rate': { label: 'Reopen rate', unit: '%', direction: 'lower-is-better' },
  'overdue-items': { label: 'Overdue items', unit: 'items', direction: 'lower-is-better' },
  'aging-wip': { label: 'Aging work in progress', unit: 'days', direction: 'lower-is-better' },
  'feedback-rating': {
    label: 'Average feedback rating',
    unit: '/5',
    direction: 'higher-is-better',
  },
  'praise-share': { label: 'Share of praise', unit: '%', direction: 'higher-is-better' },
  'milestone-hit-rate': { label: 'Milestones hit', unit: '%', direction: 'higher-is-better' },
  manual: { label: 'Manual KPI', unit: '', direction: 'higher-is-better' },
};

const thresholdSchema = (what: string) => z.number({ error: `Enter a number for the ${what}` });

export const kpiDefinitionFieldsSchema = z.object({
  partnerId: partnerIdSchema,
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name for the KPI')
    .max(120, 'Keep the name under 120 characters'),
  metric: kpiMetricSchema,
  unit: z.string().trim().max(20, 'Keep the unit under 20 characters').default(''),
  direction: kpiDirectionSchema,
  target: thresholdSchema('target'),
  amberThreshold: thresholdSchema('amber threshold'),
  redThreshold: thresholdSchema('red threshold'),
  windowDays: z
    .int({ error: 'Enter the window as a whole number of days' })
    .min(1, 'Make the window at least 1 day')
    .max(730, 'Keep the window at or under 730 days')
    .default(30),
  weight: z
    .number({ error: 'Enter a weight between 0 and 100' })
    .min(0, 'Enter a weight between 0 and 100')
    .max(100, 'Enter a weight between 0 and 100')
    .default(1),
  /** Scopes the KPI is computed over; empty means all of the partner's scopes. */
  scopeIds: z
    .array(z.uuid({ error: 'Choose a project or board' }))
    .max(100)
    .default([]),
  /** Only items carrying one of these labels count; empty means all items. */
  labelFilter: z
    .array(z.string().trim().min(1, 'Enter a label or remove the empty one').max(255))
    .max(50)
    .default([]),
  dayKind: dayKindSchema.default('calendar'),
  /** Fewer data points than this give status "none" instead of a misleading colour. */
  minSample: z
    .int({ error: 'Enter the minimum sample as a whole number' })
    .min(0, 'Enter a minimum sample of 0 or more')
    .max(10_000, 'Keep the minimum sample at or under 10,000')
    .default(3),
  /** Only items of these types count (Jira issue type, Asana subtype); empty means all. */
  itemTypeFilter: z
    .array(z.string().trim().min(1, 'Enter a type or remove the empty one').max(255))
    .max(50)
    .default([]),
  /** Cycle and lead time: the median, or the 85th percentile of the durations. */
  statistic: z
    .enum(['median', 'p85'], { error: 'Choose median or 85th percentile' })
    .default('median'),
  /** Aging work in progress: items in progress longer than this many days are aging. */
  agingDays: z
    .int({ error: 'Enter whole days' })
    .min(1, 'Enter at least 1 day')
    .max(365, 'Keep it at or under 365 days')
    .default(14),
  /** Aging work in progress: report the oldest age, or how many items are aging. */
  agingValue: z
    .enum(['oldest-age', 'count-over'], { error: 'Choose oldest age or count of aging items' })
    .default('oldest-age'),
  /** Position in the partner's KPI list. */
  order: z.int().min(0).default(0),
});

interface Thresholds {
  direction: KpiDirection;
  target: number;
  amberThreshold: number;
  redThreshold: number;
}

/**
 * Status bands only make sense when amber sits between target and red: for higher-is-better
 * red ≤ amber ≤ target, for lower-is-better red ≥ amber ≥ target.
 */
function thresholdsFollowDirection(kpi: Thresholds, ctx: z.RefinementCtx) {
  const higher = kpi.direction === 'higher-is-better';
  const better = (a: number, b: number) => (higher ? a >= b : a <= b);
  const side = higher ? 'at or below' : 'at or above';
  const why = higher ? 'higher is better for this KPI' : 'lower is better for this KPI';
  if (!better(kpi.target, kpi.amberThreshold)) {
    ctx.addIssue({
      code: 'custom',
      path: ['amberThreshold'],
      message: `Set the amber threshold ${side} the target: ${why}`,
    });
  }
  if (!better(kpi.amberThreshold, kpi.redThreshold)) {
    ctx.addIssue({
      code: 'custom',
      path: ['redThreshold'],
      message: `Set the red threshold ${side} the amber threshold: ${why}`,
    });
  }
}

export const kpiDefinitionInputSchema =
  writeInput(kpiDefinitionFieldsSchema).superRefine(thresholdsFollowDirection);
export type KpiDefinitionInput = z.input<typeof kpiDefinitionInputSchema>;

export const kpiDefinitionSchema =
  storedRecord(kpiDefinitionFieldsSchema).superRefine(thresholdsFollowDirection);
export type KpiDefinition = z.infer<typeof kpiDefinitionSchema>;
