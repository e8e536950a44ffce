import type { FeedbackKind } from '../model/feedback-values';

/**
 * The kind a rating suggests until the user picks one: 4–5 stars read as praise, 3 as
 * constructive, 1–2 as an issue. Lets "press 5, Ctrl+Enter" record praise in one go.
 */
export function kindForRating(rating: number): FeedbackKind {
  if (rating >= 4) return 'praise';
  if (rating === 3) return 'constructive';
  return 'issue';
}

/** The kind the form shows: the one chosen, else the one the rating suggests. */
export function effectiveKind(fields: { kind?: FeedbackKind; rating?: number }) {
  return fields.kind ?? (fields.rating ? kindForRating(fields.rating) : undefined);
}
