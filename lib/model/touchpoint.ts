import { z } from 'zod';
import {
  isoDateSchema,
  isoDateTimeSchema,
  longTextSchema,
  partnerIdSchema,
  storedRecord,
  writeInput,
} from './record-meta';

export const TOUCHPOINT_KINDS = ['weekly-sync', 'monthly-review', 'qbr', 'ad-hoc'] as const;
export const touchpointKindSchema = z.enum(TOUCHPOINT_KINDS, {
  error: 'Choose a kind: weekly sync, monthly review, QBR or ad hoc',
});
export type TouchpointKind = z.infer<typeof touchpointKindSchema>;

/** How every page and reminder names each kind. */
export const TOUCHPOINT_KIND_LABELS: Record<TouchpointKind, string> = {
  'weekly-sync': 'Weekly sync',
  'monthly-review': 'Monthly review',
  qbr: 'Quarterly business review (QBR)',
  'ad-hoc': 'Ad hoc meeting',
};

/** The cadence the form proposes for each kind; ad-hoc meetings do not repeat. */
export const TOUCHPOINT_DEFAULT_CADENCE_DAYS: Record<TouchpointKind, number | undefined> = {
  'weekly-sync': 7,
  'monthly-review': 30,
  qbr: 91,
  'ad-hoc': undefined,
};

/** A follow-up agreed in a meeting or a review. */
export const actionItemSchema = z.object({
  text: z
    .string()
    .trim()
    .min(1, 'Describe the action item')
    .max(500, 'Keep the action item under 500 characters'),
  owner: z.string().trim().max(120, 'Keep the owner under 120 characters').default(''),
  due: isoDateSchema.optional(),
  done: z.boolean().default(false),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

export const touchpointFieldsSchema = z.object({
  partnerId: partnerIdSchema,
  kind: touchpointKindSchema,
  /** Days until the next one of this kind is due; drives the "overdue touchpoint" nudge. */
  cadenceDays: z
    .int({ error: 'Enter the cadence as a whole number of days' })
    .min(1, 'Make the cadence at least 1 day')
    .max(366, 'Keep the cadence at or under 366 days')
    .optional(),
  scheduledFor: isoDateTimeSchema.optional(),
  heldAt: isoDateTimeSchema.optional(),
  notes: longTextSchema,
  actionItems: z.array(actionItemSchema).max(200).default([]),
});

function hasWhen(touchpoint: { scheduledFor?: string; heldAt?: string }) {
  return touchpoint.scheduledFor !== undefined || touchpoint.heldAt !== undefined;
}
const HAS_WHEN = {
  message: 'Enter when the touchpoint is scheduled or when it was held',
  path: ['scheduledFor'],
};

export const touchpointInputSchema = writeInput(touchpointFieldsSchema).refine(hasWhen, HAS_WHEN);
export type TouchpointInput = z.input<typeof touchpointInputSchema>;

export const touchpointSchema = storedRecord(touchpointFieldsSchema).refine(hasWhen, HAS_WHEN);
export type Touchpoint = z.infer<typeof touchpointSchema>;
