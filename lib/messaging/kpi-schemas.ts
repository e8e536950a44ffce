import { z } from 'zod';
import { kpiDirectionSchema, kpiMetricSchema } from '../model/kpi-definition';
import { kpiStatusSchema } from '../model/kpi-measurement';

/** A KPI's computed value and status as the background sends it to the pages. */
export const kpiResultSchema = z.object({
  kpiId: z.string(),
  partnerId: z.string(),
  name: z.string(),
  metric: kpiMetricSchema,
  unit: z.string(),
  direction: kpiDirectionSchema,
  target: z.number(),
  amberThreshold: z.number(),
  redThreshold: z.number(),
  weight: z.number(),
  value: z.number().nullable(),
  sampleSize: z.number(),
  minSample: z.number(),
  status: kpiStatusSchema,
  reason: z.string(),
  detail: z.string(),
  formula: z.string(),
  window: z.object({
    timeZone: z.string(),
    days: z.number(),
    start: z.string(),
    end: z.string(),
    startDate: z.string(),
    endDate: z.string(),
  }),
});
export type KpiResultView = z.infer<typeof kpiResultSchema>;

export const healthScoreSchema = z.object({
  score: z.number().nullable(),
  green: z.number(),
  amber: z.number(),
  red: z.number(),
  noData: z.number(),
  detail: z.string(),
});

export const trendPointSchema = z.object({
  date: z.string(),
  value: z.number().nullable(),
  status: kpiStatusSchema,
});

/** A partner's KPIs, health score and each KPI's recent daily values (for sparklines). */
export const kpiViewSchema = z.object({
  results: z.array(kpiResultSchema),
  health: healthScoreSchema,
  trends: z.record(z.string(), z.array(trendPointSchema)),
  itemCount: z.number(),
  asOf: z.string(),
});
export type KpiView = z.infer<typeof kpiViewSchema>;
