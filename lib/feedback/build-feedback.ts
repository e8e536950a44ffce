import { feedbackInputSchema, type FeedbackInput } from '../model/feedback';
import type { FeedbackDraftFields } from './draft-store';
import type { FeedbackTarget } from './feedback-target';
import { effectiveKind } from './suggest-kind';

/** Form fields with an inline error: the first problem of each, in words. */
export type FeedbackFieldErrors = Partial<
  Record<'partnerId' | 'rating' | 'kind' | 'categories' | 'note' | 'item', string>
>;

export type BuildResult =
  { ok: true; input: FeedbackInput } | { ok: false; errors: FeedbackFieldErrors };

export { effectiveKind } from './suggest-kind';

/**
 * The feedback record the quick entry would save, validated with the stored record's own
 * schema (`feedbackInputSchema`), or the per-field errors to show.
 */
export function buildFeedbackInput(
  fields: FeedbackDraftFields,
  target: FeedbackTarget,
  now: Date,
): BuildResult {
  const item = target.item;
  const candidate = {
    partnerId: target.partnerId ?? fields.partnerId,
    rating: fields.rating,
    kind: effectiveKind(fields),
    categories: fields.categories,
    note: fields.note.trim(),
    givenAt: now.toISOString(),
    ...(item
      ? {
          tool: item.tool,
          itemKey: item.key,
          ...(item.url ? { itemUrl: item.url } : {}),
          ...(item.title ? { itemTitle: item.title } : {}),
        }
      : {}),
  };
  const parsed = feedbackInputSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, input: parsed.data };
  const errors: FeedbackFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const head = String(issue.path[0] ?? '');
    const field = (
      ['itemKey', 'itemUrl', 'itemTitle', 'tool'].includes(head) ? 'item' : head
    ) as keyof FeedbackFieldErrors;
    if (field === 'partnerId' && candidate.partnerId === undefined) {
      errors.partnerId ??= 'Choose the partner this feedback is for';
      continue;
    }
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}
