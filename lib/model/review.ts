import { z } from 'zod';
import { kpiStatusSchema } from './kpi-measurement';
import {
  isoDateSchema,
  longTextSchema,
  partnerIdSchema,
  storedRecord,
  writeInput,
} from './record-meta';
import { actionItemSchema } from './touchpoint';

export const REVIEW_DECISIONS = ['continue', 'improve', 'exit', 'undecided'] as const;
export const reviewDecisionSchema = z.enum(REVIEW_DECISIONS, {
  error: 'Choose a decision: continue, improve, exit or undecided',
});
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

/** KPI results frozen at review time, so the review reads the same after targets change. */
export const kpiSnapshotEntrySchema = z.object({
  kpiId: z.uuid(),
  name: z.string().max(120),
  value: z.number().nullable(),
  status: kpiStatusSchema,
});
export type KpiSnapshotEntry = z.infer<typeof kpiSnapshotEntrySchema>;

export const reviewFieldsSchema = z.object({
  partnerId: partnerIdSchema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  summary: longTextSchema,
  decision: reviewDecisionSchema.default('undecided'),
  actions: z.array(actionItemSchema).max(200).default([]),
  kpiSnapshot: z.array(kpiSnapshotEntrySchema).max(200).default([]),
});

function periodInOrder(review: { periodStart: string; periodEnd: string }) {
  return review.periodStart <= review.periodEnd;
}
const PERIOD_ORDER = {
  message: 'The period end must be on or after its start',
  path: ['periodEnd'],
};

export const reviewInputSchema = writeInput(reviewFieldsSchema).refine(periodInOrder, PERIOD_ORDER);
export type ReviewInput = z.input<typeof reviewInputSchema>;

export const reviewSchema = storedRecord(reviewFieldsSchema).refine(periodInOrder, PERIOD_ORDER);
export type Review = z.infer<typeof reviewSchema>;
