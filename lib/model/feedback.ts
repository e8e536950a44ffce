import { z } from 'zod';
import { toolSchema } from './host-context';
import {
  isoDateTimeSchema,
  itemKeySchema,
  longTextSchema,
  partnerIdSchema,
  storedRecord,
  writeInput,
} from './record-meta';
import { FEEDBACK_CATEGORIES, FEEDBACK_KINDS } from './feedback-values';

export {
  FEEDBACK_CATEGORIES,
  FEEDBACK_KINDS,
  type FeedbackCategory,
  type FeedbackKind,
} from './feedback-values';

export const feedbackKindSchema = z.enum(FEEDBACK_KINDS, {
  error: 'Choose a kind: praise, constructive or issue',
});
export const feedbackCategorySchema = z.enum(FEEDBACK_CATEGORIES, {
  error: 'Choose categories from quality, timeliness, communication, proactivity or other',
});

export const ratingSchema = z
  .int({ error: 'Choose a rating from 1 to 5 stars' })
  .min(1, 'Choose a rating from 1 to 5 stars')
  .max(5, 'Choose a rating from 1 to 5 stars');

/** Feedback on the partner, usually about one delivered item. Never written to the tracker. */
export const feedbackFieldsSchema = z.object({
  partnerId: partnerIdSchema,
  itemKey: itemKeySchema.optional(),
  itemUrl: z
    .url({ protocol: /^https?$/, error: 'Enter the item’s web address, starting with https://' })
    .optional(),
  itemTitle: z.string().trim().max(500, 'Keep the item title under 500 characters').optional(),
  tool: toolSchema.optional(),
  rating: ratingSchema,
  kind: feedbackKindSchema,
  categories: z
    .array(feedbackCategorySchema)
    .max(FEEDBACK_CATEGORIES.length)
    .refine((list) => new Set(list).size === list.length, 'Choose each category only once')
    .default([]),
  note: longTextSchema,
  givenAt: isoDateTimeSchema,
});

export const feedbackInputSchema = writeInput(feedbackFieldsSchema);
export type FeedbackInput = z.input<typeof feedbackInputSchema>;

export const feedbackSchema = storedRecord(feedbackFieldsSchema);
export type Feedback = z.infer<typeof feedbackSchema>;
